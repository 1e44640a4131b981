"""Content for the public pages, as pure data. home.authoring builds pages from it."""
