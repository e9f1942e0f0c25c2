# Madoguchi — two commands: `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export QT_QPA_PLATFORM ?= $(if $(DISPLAY)$(WAYLAND_DISPLAY),,offscreen)

.PHONY: run test test-fast venv screenshots translations benchmarks demo lint installer clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

venv: $(STAMP)

run: $(STAMP)
	$(BIN)/python -m desktop $(ARGS)

demo: $(STAMP)
	$(BIN)/python -m desktop --demo

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

test-fast: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m "not slow and not gui"

lint: $(STAMP)
	$(BIN)/lint-imports

translations: $(STAMP)
	$(BIN)/python i18n/tool.py update

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m desktop.screenshots resources/screenshots

benchmarks: $(STAMP)
	$(BIN)/python -m benchmarks.run

installer: $(STAMP)
	$(BIN)/python -c "import PyInstaller" 2>/dev/null || $(BIN)/python -m pip install --quiet pyinstaller
	$(BIN)/python installer/build.py

clean:
	rm -rf $(VENV) build dist *.egg-info
