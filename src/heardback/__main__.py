from heardback.cli.main import run

run()
