"""User interfaces: the Qt application and the command line. The only PySide6 user."""
