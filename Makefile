# The two set-up commands (see README): `make run` and `make test`.
# Each makes its own virtual environment in .venv from nothing; `make test`
# also builds .venv-jupyter, the published Jupyter clients for the Jupyter
# tests (scripts/jupyter-venv, pinned by jupyter-constraints.txt).
PYTHON ?= python3
VENV := .venv
PIP := $(VENV)/bin/pip install --quiet --disable-pip-version-check -c constraints.txt

.PHONY: run test lint jupyter-venv clean

run: $(VENV)/.run-installed
	$(VENV)/bin/nbgallery serve $(ARGS)

test: $(VENV)/.test-installed
	scripts/test

lint: $(VENV)/.test-installed
	$(VENV)/bin/ruff check src tests conftest.py
	$(VENV)/bin/mypy src

jupyter-venv:
	scripts/jupyter-venv

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.run-installed: pyproject.toml constraints.txt | $(VENV)/bin/python
	$(PIP) -e .
	touch $@

$(VENV)/.test-installed: pyproject.toml constraints.txt tests/example_plugin/pyproject.toml | $(VENV)/bin/python
	$(PIP) -e '.[test]' -e tests/example_plugin
	touch $@ $(VENV)/.run-installed

clean:
	rm -rf $(VENV) .venv-jupyter .venv-jupyter.lock
