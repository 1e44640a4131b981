"""The shared page cache: whole Wagtail pages for anonymous visitors, and learner-independent
fragments of lesson pages. See README.md beside this file."""
