"""The privacy statement (Datenschutzerklärung), whose register of processing is written from
the code and the settings that enforce it, so it stays true when they change."""
