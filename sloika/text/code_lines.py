"""Lines of code standing in prose: the one test the readers' foreign-paragraph cut and the
purity judge share.

Code has no language of the page. Judged, its English identifiers ("height", "install",
"import") read as a foreign paragraph, and a Russian README's install steps ("pip install
…", "from … import …", "account = Client('…', '…')") were cut by one and trimmed by the other.
Prose that names code ("Use \\typosize[10/12] to set the size.") is mostly words and is judged.
"""

from __future__ import annotations

import re

TOKEN_EDGE = "\"'«»“”„‘’‹›()[]{}<>.,;:!?…•*–—-"

# A token of a program, not of prose: a TeX control sequence or a brace, an assignment, a variable
# or macro parameter ("\\def\\strut{\\vrule", "-jobname=pdfcsplain", "$@", "#1"), or a command-line option
CODE_TOKEN = re.compile(r"[\\{}=$#@|<>]|^-{1,2}[A-Za-z]")
CODE_LINE_TOKENS = 2  # a code line has this many code tokens at least
CODE_LINE_WORDS = 0.5  # and fewer than this share of its tokens are words (``is_word``)

# Statement syntax without a TeX token (MetaPost, METAFONT, shells): a parenthesised pair with no
# space ("(0,0)", "(6bp,0)"), a path join between points ("z2..z3", "(0,0)--(10,10)"), an assignment
# ":=", and ";" ending a statement; prose writes "(x, y)" with a space and a range "10--20" of numbers
STATEMENT = re.compile(r"\([^\s(),]+,[^\s(),]+\)|(?:[A-Za-z_]\w*|[)}])(?:--|\.\.)[\w({]|:=|;(?=\s|$)")
SHELL_ASSIGNMENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*=\S")  # "PATH=/usr/local/…:$PATH; export PATH"
# Statement syntax of a program's expressions: a call with its arguments, no space before them
# ("xpart(p1"), a variable of a letter or two and digits ("p1", "e2", "z12"), a placeholder "..."
# standing for a statement and the ":" of a clause before it ("if e1: ... else: ..."); prose writes
# "f (x)" or "f()" rarely, and more words than such pieces
EXPRESSION = re.compile(
    r"[A-Za-z_]\w*\((?=[^\s)])"
    r"|(?<![\w\\.])[A-Za-z]{1,2}\d+(?!\w|\.\d)"
    r"|(?<!\S)(?:\.\.\.|…)(?=[\s,;]|$)"
    r"|\S:(?=\s+(?:\.\.\.|…)(?:[\s,;]|$))"
)
# A TeX source line with its comment: a control sequence opens it and an unescaped "%" after a space
# or a brace starts the comment ("\\input "filename with spaces" % plain", "\\input opmac % the macros");
# prose naming a command writes no comment, and a percentage is written after a number ("50%")
TEX_COMMENTED_LINE = re.compile(r"^\\[A-Za-z@]+\b.*?(?:(?<=\s)|(?<=\}))%(?=\s|$)")

COMMAND_WORDS = 6  # a command line has at most this many words, its options aside; longer is a sentence
OPTION_TOKEN = re.compile(r"-{1,2}[A-Za-z][\w-]*(?:=\S*)?$")  # "-d", "--onefile", "--name=app"
# a command as typed at a prompt: a program's lower-case name, then its arguments, the last of them
# no word of prose: a flag, or a name holding a digit, an inner capital or a mark of a path or an
# assignment ("pip3 install NoticeClientAPI", "node rollback-….mjs", "docker compose up -d")
COMMAND = re.compile(
    r"(?:[$>%][ \t]+)?[a-z][a-z0-9._+-]*"
    r"(?P<arguments>(?:[ \t]+\S+)*?[ \t]+(?:-\S*|\S*(?:\d|[a-z][A-Z]|[=_./:@+])\S*))"
)
# a command at a shell's "$" prompt, whatever its arguments ("$ npm install --save left-pad")
PROMPTED_COMMAND = re.compile(r"\$[ \t]+[a-z][a-z0-9._+-]*(?:[ \t]+\S+)*")
# a package manager's install command, which names a package in any spelling ("pip install
# requests", "npm i left-pad", "go get example.com/x"): prose writes "install" after a subject
PACKAGE_INSTALL = re.compile(
    r"(?:sudo[ \t]+)?(?:pip3?|pipx|python3?[ \t]+-m[ \t]+pip|uv[ \t]+pip|npm|pnpm|yarn|bun|gem|cargo|go"
    r"|composer|conda|mamba|brew|apt(?:-get)?|dnf|yum|pacman|poetry|dotnet)"
    r"[ \t]+(?:install|add|get|i|-S)(?:[ \t]+\S+)+"
)
# Programs a manual or README tells the reader to run, by name: POSIX and GNU utilities, shells'
# builtins, package managers, version control, build tools, service managers, database clients,
# containers and language runtimes. A name alone proves nothing ("make sure …", "find the log"):
# ``_is_shell_command`` asks for a mark of a command line as well.
# fmt: off
COMMANDS = frozenset((
    "alias", "apt", "apt-get", "apt-cache", "awk", "bash", "bundle", "bun", "bzip2", "cargo", "cat", "cd",
    "chmod", "chown", "cmake", "composer", "conda", "cp", "createdb", "createuser", "crontab", "curl",
    "cut", "dd", "df", "diff", "dig", "dnf", "docker", "docker-compose", "dotnet", "dpkg", "du", "echo",
    "env", "export", "fc-cache", "find", "firewall-cmd", "gcc", "gem", "git", "go", "gpg", "grep", "gunzip",
    "gzip", "head", "helm", "hostnamectl", "htop", "iptables", "java", "javac", "journalctl", "kill",
    "killall", "kubectl", "less", "ln", "locale", "localectl", "ls", "lsblk", "make", "mamba", "man",
    "mkdir", "mount", "mv", "mvn", "mysql", "mysqldump", "nano", "nc", "nginx", "node", "npm", "npx", "nvm",
    "openssl", "pacman", "passwd", "patch", "pg_dump", "pg_restore", "php", "ping", "pip", "pip3", "pipx",
    "pnpm", "podman", "poetry", "psql", "python", "python3", "rake", "redis-cli", "rm", "rmdir", "rsync",
    "ruby", "rustup", "scp", "sed", "service", "sh", "snap", "source", "ssh", "ssh-keygen", "sort", "stat",
    "su", "sudo", "systemctl", "tail", "tar", "tee", "terraform", "touch", "tree", "ufw", "umount", "uname",
    "unzip", "update-alternatives", "useradd", "usermod", "uv", "vagrant", "vi", "vim", "wget", "which",
    "xargs", "yarn", "yum", "zip", "zsh",
))
# fmt: on
# English function words: an argument of a command names a thing, a sentence joins its words with
# these ("which You Share the Licensed Material", "make some requests to 127.0.0.1:7878")
# fmt: off
FUNCTION_WORDS = frozenset((
    "a", "an", "the", "to", "of", "in", "on", "at", "by", "for", "with", "from", "into", "about", "as", "and",
    "or", "but", "if", "then", "than", "that", "this", "these", "those", "it", "its", "is", "are", "was",
    "were", "be", "been", "you", "your", "we", "our", "they", "their", "he", "she", "some", "any", "may",
    "can", "will", "should", "would", "could", "not", "using", "when", "which", "what", "how",
))
# fmt: on
WORD_EDGE = "\"'«»“”„‘’()[]{}.,;:!?…"  # an option's "-a" keeps its dash: no word
QUOTED = re.compile(r"\"[^\"]*\"|'[^']*'")  # a quoted argument: "SELECT version();", 'first commit'
SUDO_OPTIONS_WITH_VALUE = frozenset(("-u", "-g", "-C", "-D", "-h", "-p", "-r", "-t", "-U"))
SHELL_JOIN = re.compile(r"[ \t]+(?:&&|\|\||\||;)[ \t]+")  # "cd /opt/app && make install"
SHELL_WORDS = 16  # a command line's part has at most this many tokens
# a mark of a command line beside a known program's name: an option, a path, a file's or host's
# name, a number, an assignment, a redirection or a variable
SHELL_MARK = re.compile(r"^-{1,2}\w|[/=.:@~$<>*]|\d")
_NAME = r"[A-Za-z_][\w.]*"
# A program's statement on a line of its own, as a README shows it unfenced: an import, Python's
# ("from yandexgptlite import YandexGPTLite", "import numpy as np") or JavaScript's ("import React
# from 'react'", "import { useState } from './hooks.js'", "import './styles.css'"), an assignment
# of a call's result ("account = Client('…', '…' )", "a, b = f(x);") or a Python function's head
# ("def is_admin() -> bool", "def set_icon(self, icon: pg.Surface | str):"); a trailing comment
# allowed. A sentence has words before or after such syntax ("Use x = f(y) here.")
_IMPORTED = rf"(?:{_NAME}|\*[ \t]+as[ \t]+\w+|\{{[^{{}}\n]*\}})"  # a default, a namespace, named bindings
PROGRAM_STATEMENT = re.compile(
    rf"(?:(?:from[ \t]+{_NAME}[ \t]+)?import[ \t]+{_NAME}(?:[ \t]+as[ \t]+\w+)?"
    rf"(?:[ \t]*,[ \t]*{_NAME}(?:[ \t]+as[ \t]+\w+)?)*"
    rf"|import[ \t]+(?:{_IMPORTED}(?:[ \t]*,[ \t]*{_IMPORTED})?[ \t]+from[ \t]+)?(?:\"[^\"\n]*\"|'[^'\n]*')"
    rf"|{_NAME}(?:[ \t]*,[ \t]*{_NAME})*[ \t]*=[ \t]*{_NAME}\(.*\)"
    rf"|(?:async[ \t]+)?def[ \t]+[A-Za-z_]\w*\([^()\n]*\)(?:[ \t]*->[ \t]*[^#:\n]*[^#:\s])?:?)"
    r"[ \t]*;?(?:[ \t]+#.*)?"
)

# A program's usage printout (what its "--help" prints): lines opening with an option, its short and
# long forms with their argument ("-e,--export", "-od,--output-dir <dir>", "--path=PATH"), then what
# it does after two spaces or more, or on the lines under it (argparse's "-x PATTERN, --exclude
# PATTERN" over its help, clap's long help), that text's lines indented under the option; a "usage:
# prog" line, a label ("options:", "Usage of ./prog:", "Параметры:") or both may head them. The
# descriptions are the program's English, not the page's prose. Go's flag package prints an option's
# argument as its type in lower case ("-config string", "-port int") and its help after a tab, on
# the option's line for a one-letter flag ("-v\tverbose output"), else under it ("    \tpath to …")
GO_TYPE = r"(?:string|int|int64|uint|uint64|float|float64|duration|value)\b"
OPTION = rf"-{{1,2}}[A-Za-z0-9][\w-]*(?:[ =](?:<[^<>\s]+>|\[[^\[\]\s]+\]|[A-Z][A-Z_]*\b|{GO_TYPE}))?"
OPTION_LINE = re.compile(rf"[ \t]*{OPTION}(?:,[ \t]*{OPTION})*(?:(?:[ \t]{{2,}}|\t)\S.*)?")
USAGE_LINE = re.compile(r"[ \t]*usage:[ \t]+\S.*", re.IGNORECASE)
LABEL_LINE = re.compile(r"[ \t]*[^\s:]+(?:[ \t]+[^\s:]+){0,2}:[ \t]*")  # at most three words
MIN_OPTION_LINES = 2


def is_word(token: str) -> bool:
    """A word of two letters or more, an apostrophe inside allowed ("don't"); not an identifier
    ("dpkg-buildpackage", "LC_MESSAGES", "libfoo.so.6")."""
    return len(token) >= 2 and token.replace("'", "").replace("’", "").isalpha()


# A line of a C-like program: a statement or declaration ended by ";" or a brace, in ASCII, a "//" or
# "/*" comment after it or none, or such a comment alone ("unsigned short x_size;  //Distance e/w in
# tens of tiles", "//end of map name; i.e. urban12 would be number 12"); prose opens no line with
# "//" and puts no comment after its ";"
C_LINE = re.compile(r"[ \t]*(?:[!-~][\t -~]*?[;{}][ \t]*)?(?P<comment>(?://|/\*).*)?")


def is_commented_code(text: str) -> bool:
    """Whether ``text`` (lines) is C-like code with its comments: every line a ``C_LINE``, one of them
    commented at least. A Russian readme's struct, "unsigned short ship[2]; //The types of each of
    the two ships" over "//end of map name …", was cut as English prose, leaving "struct
    GEODATA_DAT { … };" hollow; a list of items ended by ";" has no comment."""
    lines = [C_LINE.fullmatch(line) for line in text.splitlines() if line.strip()]
    return bool(lines) and all(lines) and any(line["comment"] for line in lines)


# A Lisp form: parentheses nested this deep at least, each opened before a symbol or another form
# ("(let ((q (lambda () test)) …)"); prose nests a parenthesis in another at most
LISP_DEPTH = 3
LISP_SHARE = 0.75  # and this share of the text's non-space characters inside its forms at least


def is_lisp_form(text: str) -> bool:
    """Whether ``text`` is a Lisp program's forms, a label or a "≡" before them allowed: balanced
    parentheses nested ``LISP_DEPTH`` deep or more, holding ``LISP_SHARE`` of its characters.
    Oaklisp's manual defines "(while condition . body)" as "≡(let ((q (lambda () test))(x (lambda
    () . body))) …)" beside the label "Special Form": its symbols ("let", "lambda", "iterate",
    "cond") are English words, and the paragraph was cut as foreign prose."""
    depth = deepest = inside = 0
    for char in text:
        if char == ")":
            depth -= 1
            if depth < 0:
                return False
        inside += depth > 0 and not char.isspace()
        if char == "(":
            depth += 1
            deepest = max(deepest, depth)
    letters = sum(not char.isspace() for char in text)
    return depth == 0 and deepest >= LISP_DEPTH and inside >= LISP_SHARE * letters


def is_code_line(text: str) -> bool:
    """Whether ``text`` (a line, or a paragraph of lines) is code a manual or README shows: every
    line a TeX line ending in a comment (``TEX_COMMENTED_LINE``: "\\input opmac % the macros") or
    a program statement (``is_program_line``); or ``CODE_LINE_TOKENS`` code tokens (``CODE_TOKEN``)
    or more and words fewer than ``CODE_LINE_WORDS`` of its tokens, a token of statement syntax
    (``STATEMENT``) counting as code ("\\def\\printbib{\\hangindent=\\parindent …}", "pdftex -fmt
    pdfcsplain -default-translate-file=il2-cs $@"), or statements by ``_is_statement_line``; or
    one code token and no word at all, a line written without spaces ("[HKEY_CURRENT_USER\\…]"); or
    a program's usage printout (``is_option_listing``); or C-like code with its comments
    (``is_commented_code``); or a Lisp program's forms (``is_lisp_form``)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if lines and all(TEX_COMMENTED_LINE.match(line) or is_program_line(line) for line in lines):
        return True
    if is_commented_code(text) or is_lisp_form(text):  # comments are sentences, symbols words
        return True
    tokens = text.split()
    code = sum(bool(CODE_TOKEN.search(token) or STATEMENT.search(token)) for token in tokens)
    words = sum(is_word(token.strip(TOKEN_EDGE)) for token in tokens)
    if code >= CODE_LINE_TOKENS and words < CODE_LINE_WORDS * len(tokens) or code and not words:
        return True
    return _is_statement_line(text, words) or is_option_listing(text)


def is_option_listing(text: str) -> bool:
    """Whether ``text`` (lines) is a program's usage printout: ``MIN_OPTION_LINES`` option lines
    or more (``option_lines``), after a ``USAGE_LINE``, a ``LABEL_LINE`` or both. zkTreeUtil's README
    shows its "usage: zkTreeUtil" over " -e,--export   exports the zookeeper tree" …: cut as English
    prose, it left the Russian text naming options ("ключ 'p'") no listing; argparse's "options:" over
    options whose help stands under them had its help lines cut, the options left in the text."""
    return option_entry(text)[0] >= MIN_OPTION_LINES


def option_entry(text: str) -> tuple[int, int]:
    """(options, description lines) of ``text`` (lines) read as a piece of a usage printout: after a
    ``USAGE_LINE``, a ``LABEL_LINE`` or both, option lines (``OPTION_LINE``), the first opening it,
    and every other line a description's, indented past the options' margin; (0, 0) where it is no
    such piece."""
    lines = [line for line in text.split("\n") if line.strip()]
    for pattern in (USAGE_LINE, LABEL_LINE):
        if lines and pattern.fullmatch(lines[0]) and not OPTION_LINE.fullmatch(lines[0]):
            lines = lines[1:]
    options = [bool(OPTION_LINE.fullmatch(line)) for line in lines]
    if not options or not options[0]:
        return 0, 0
    margin = _indent(lines[0])
    if not all(option or _indent(line) > margin for option, line in zip(options, lines, strict=True)):
        return 0, 0
    return sum(options), len(lines) - sum(options)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def is_program_line(line: str) -> bool:
    """Whether ``line`` is one statement of a program, judged by no language: a command at a prompt
    (``_is_command``, at most ``COMMAND_WORDS`` words besides its options, no stop at its end: "pip
    install NoticeClientAPI", "pyinstaller --noconfirm --onefile --name App main.py";
    a package manager's install, ``PACKAGE_INSTALL``; after a "$", ``PROMPTED_COMMAND``; a known
    program's command line, ``_is_shell_command``) or an import or an assignment of a call
    (``PROGRAM_STATEMENT``). A short English line ("Please read the English guide instead") is no
    command: its last word holds no mark of code."""
    line = line.strip()
    if PROGRAM_STATEMENT.fullmatch(line) or PROMPTED_COMMAND.fullmatch(line) or _is_shell_command(line):
        return True
    words = [token for token in line.split() if not OPTION_TOKEN.match(token)]  # "--onefile" is no word
    short = len(words) <= COMMAND_WORDS and line[-1:] not in ".!?,;:"
    return short and (_is_command(line) or bool(PACKAGE_INSTALL.fullmatch(line)))


def _is_command(line: str) -> bool:
    """Whether ``line`` is a command as typed at a prompt (``COMMAND``) with no English function
    word among its arguments outside quotes (``FUNCTION_WORDS``): "make some requests to
    127.0.0.1:7878", a wrapped sentence of the Rust book, opens with a word and ends with an
    address as a command does, but joins its words as a sentence."""
    command = COMMAND.fullmatch(line)
    return command is not None and not _joins_words(QUOTED.sub("''", command["arguments"]).split())


def _is_statement_line(text: str, words: int) -> bool:
    """Whether ``text`` is statements of a program with no more words (``is_word``) than pieces of
    statement syntax (``STATEMENT``, a shell assignment opening it), two of them at least: "draw
    (0,0)--(10,10);" (four pieces, one word), "PATH=/usr/local/texlive/2021/bin/x86_64-linux:$PATH;
    export PATH" (two, two), "subpath (xpart(p1 intersectiontimes p2), length p1) of p1" (a call
    and four variables, ``EXPRESSION``, against four words), "if e1: ... else: ..." (placeholders
    and their clauses): the command names and variables read as English words, so the token
    count of ``is_code_line`` calls them prose. A sentence has more words than semicolons."""
    pieces = len(STATEMENT.findall(text)) + len(EXPRESSION.findall(text)) + bool(SHELL_ASSIGNMENT.match(text))
    return pieces >= CODE_LINE_TOKENS and words <= pieces


def _is_shell_command(line: str) -> bool:
    """Whether ``line`` is a shell's command line: every part of its chain or pipeline
    (``SHELL_JOIN``) opens with a known program (``COMMANDS``), after "sudo" and its options, in
    ``SHELL_WORDS`` tokens at most, written in ASCII with no sentence's end; and the line shows a
    mark of one: "sudo", a chain, or an argument of code (``SHELL_MARK``: "-U", "/opt/app"), and no
    English function word among its arguments outside quotes (``FUNCTION_WORDS``). A
    Russian manual's "sudo apt update", "sudo -u postgres createuser app" and "cd /opt/app && make
    install" read as English to the judges and were cut; "make sure the service runs" has no mark."""
    if not line.isascii() or line[-1:] in ".!?,:":
        return False
    parts = [part.split() for part in SHELL_JOIN.split(QUOTED.sub("''", line))]
    commands = [_without_sudo(tokens) for tokens in parts]
    if not all(tokens and tokens[0] in COMMANDS and len(tokens) <= SHELL_WORDS for tokens in commands):
        return False
    if any(_joins_words(tokens[1:]) for tokens in commands):
        return False
    marked = any(SHELL_MARK.search(token) for tokens in commands for token in tokens[1:])
    return len(parts) > 1 or marked or any(tokens[:1] == ["sudo"] for tokens in parts)


def _joins_words(arguments: list[str]) -> bool:
    """Whether a command's ``arguments`` hold an English function word (``FUNCTION_WORDS``): a
    sentence's words, not a program's arguments."""
    return any(token.strip(WORD_EDGE) in FUNCTION_WORDS for token in arguments)


def _without_sudo(tokens: list[str]) -> list[str]:
    """A command's tokens after "sudo" and its options ("sudo -u postgres createdb" → "createdb")."""
    if tokens[:1] != ["sudo"]:
        return tokens
    at = 1
    while at < len(tokens) and tokens[at].startswith("-"):
        at += 2 if tokens[at] in SUDO_OPTIONS_WITH_VALUE else 1
    return tokens[at:]
