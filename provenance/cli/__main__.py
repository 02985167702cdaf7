from provenance.cli import cli

cli()
