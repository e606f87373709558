"""Project profiles (Projektsteckbriefe): what a project did, for whom, with whom and when."""
