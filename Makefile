# Madoguchi — two commands: `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export QT_QPA_PLATFORM ?= $(if $(DISPLAY)$(WAYLAND_DISPLAY),,offscreen)

.PHONY: run test test-fast test-dates venv screenshots screenshots-all translations benchmarks benchmarks-big demo lint installer clean

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

# The suite needs a PostgreSQL 15+ server installed (the server leg, issue 18): ensure_postgres.sh installs
# Debian's package if missing; MADOGUCHI_REQUIRE_POSTGRES=1 makes a missing server an error, never a skip.
# The certificate PDF and the screenshots need a Japanese font: ensure_fonts.sh installs fonts-noto-cjk if missing.
test: lint
	bash tests/pg/ensure_postgres.sh
	bash tests/ensure_fonts.sh
	MADOGUCHI_REQUIRE_POSTGRES=1 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

test-fast: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m "not slow and not gui"

lint: $(STAMP)
	$(BIN)/ruff check desktop tests benchmarks i18n installer
	$(BIN)/mypy
	$(BIN)/lint-imports

# The suite with the fake clock a year ahead and a year back: no test may depend on today's date. The services'
# office-server legs ([postgres]) run the same rules on the other store: `make test` runs them; here the
# server's own tests (tests/pg) still run.
test-dates: $(STAMP)
	bash tests/pg/ensure_postgres.sh
	bash tests/ensure_fonts.sh
	MADOGUCHI_REQUIRE_POSTGRES=1 MADOGUCHI_TEST_CLOCK_SHIFT_DAYS=365 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m "not slow" -k "not postgres" -p no:cacheprovider
	MADOGUCHI_REQUIRE_POSTGRES=1 MADOGUCHI_TEST_CLOCK_SHIFT_DAYS=-365 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m "not slow" -k "not postgres" -p no:cacheprovider

translations: $(STAMP)
	$(BIN)/python i18n/tool.py update

screenshots: $(STAMP)
	bash tests/ensure_fonts.sh
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m desktop.screenshots resources/screenshots

# Every screen at 1366×768 and 1920×1080, light and dark, in Japanese (to look at; not committed).
screenshots-all: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m desktop.screenshots build/screenshots --lang ja --all-dark --size 1366x768,1920x1080

benchmarks: $(STAMP)
	$(BIN)/python -m benchmarks.run

# The size benchmarks at 1,000,000 contacts (the first run builds a cached office: several minutes).
benchmarks-big: $(STAMP)
	$(BIN)/python -m benchmarks.run --big

installer: $(STAMP)
	$(BIN)/python -c "import PyInstaller" 2>/dev/null || $(BIN)/python -m pip install --quiet pyinstaller
	$(BIN)/python installer/build.py

clean:
	rm -rf $(VENV) build dist *.egg-info
