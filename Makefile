# The README's two commands:  `make demo` builds the demo deck, `make test` runs the tests.
# Both create .venv and install learner into it from PyPI first; `make demo` also installs
# Ding (trans-de-en) and espeak-ng with apt where it can. Nothing else is downloaded.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DING   := /usr/share/trans/de-en

.PHONY: demo test install dictionary speech lint

$(BIN)/.installed: pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "learner needs Python >= 3.11")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	@touch $@

install: $(BIN)/.installed

# The Ding German-English dictionary (Debian package trans-de-en, GPL-2+) is installed where
# that is possible (apt as root, or passwordless sudo); otherwise one line says how to get it.
dictionary:
	@if [ -f "$(DING)" ]; then :; \
	elif command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
		(apt-get update -qq && apt-get install -y -qq trans-de-en >/dev/null) \
		|| echo "note: could not install trans-de-en; building without glosses"; \
	elif command -v apt-get >/dev/null && sudo -n true 2>/dev/null; then \
		(sudo apt-get update -qq && sudo apt-get install -y -qq trans-de-en >/dev/null) \
		|| echo "note: could not install trans-de-en; building without glosses"; \
	else \
		echo "note: no dictionary at $(DING): install Debian/Ubuntu package trans-de-en (sudo apt-get install trans-de-en) or pass --dictionary PATH; building without glosses"; \
	fi

# espeak-ng (GPL-3+), the offline voice that speaks the cards' audio, is installed the same way;
# without it the deck is built without audio, after one warning.
speech:
	@if command -v espeak-ng >/dev/null; then :; \
	elif command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
		(apt-get update -qq && apt-get install -y -qq espeak-ng >/dev/null) \
		|| echo "note: could not install espeak-ng; building without audio"; \
	elif command -v apt-get >/dev/null && sudo -n true 2>/dev/null; then \
		(sudo apt-get update -qq && sudo apt-get install -y -qq espeak-ng >/dev/null) \
		|| echo "note: could not install espeak-ng; building without audio"; \
	else \
		echo "note: no espeak-ng: install it (sudo apt-get install espeak-ng; brew install espeak-ng) for the cards' audio; building without audio"; \
	fi

demo: install dictionary speech
	$(BIN)/learner build corpus

test: install
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/python -m ruff check learner tests bench
