"""The public side of the training-needs survey: answering it, signed in or anonymously."""
