"""One module per subcommand of the ``zi-timeline`` command."""
