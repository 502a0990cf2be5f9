# Quick start: `make run` opens the app on the sample workshop; `make test` runs every test headless.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
QM := resources/i18n/wagamachi_ja.qm
TS := resources/i18n/wagamachi_ja.ts

.PHONY: run test lint bench package translations update-translations clean

$(BIN)/python:
	@$(PYTHON) -c "import ensurepip, venv" 2>/dev/null || { \
	  echo "$(PYTHON) cannot create virtual environments. On Debian/Ubuntu install them with:"; \
	  echo "    sudo apt-get install python3-venv"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@ $(STAMP)

$(QM): $(TS) $(STAMP)
	$(BIN)/pyside6-lrelease -silent $(TS) -qm $(QM)

translations: $(QM)

# Re-extract source strings after changing UI text; then fill in the Japanese in the .ts file.
update-translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete -locations none $$(find app -name '*.py' | sort) -ts $(TS)

run: $(STAMP) $(QM)
	$(BIN)/python main.py

lint: $(TEST_STAMP)
	$(BIN)/ruff check app tests benchmarks main.py
	$(BIN)/ruff format --check app tests benchmarks main.py
	$(BIN)/lint-imports
	$(BIN)/mypy

test: $(TEST_STAMP) $(QM) lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: $(TEST_STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run_all.py

package: $(STAMP) $(QM)
	$(BIN)/python -m pip install --quiet -e ".[package]"
	$(BIN)/pyinstaller --noconfirm --clean packaging/wagamachi.spec

clean:
	rm -rf build dist $(QM)
