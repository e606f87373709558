"""Demo content for `make run`: German and English pages and terms written from the facts of the
seed texts. The only app that knows every other app, because it fills all of them; nothing
imports it."""
