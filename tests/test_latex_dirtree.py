"""A dirtree directory tree is the listing it draws, not a line of ".1 /. .2 components." (issue 15, a
Russian diploma's project structure in the latex29 pool)."""

from conftest import read_latex_paper


def test_a_directory_tree_is_a_code_block_one_name_a_line(tmp_path):
    body = (
        "Структура проекта в директории src:\n\n\\dirtree{%\n  .1 /.\n  .2 components.\n  .2 services.\n"
        "  .3 action.notify.\n  .3 README\\_ru.md.\n  .2 app.js.\n}\n\n"
        "Сервис со следующей структурой:\n\\medskip\n"
        "\\dirtree{%\n  .1 request.service.\n  .2 api.\n}\nВ auth.js"
    )
    doc = read_latex_paper(tmp_path, body, "\\usepackage{dirtree}\n")
    assert doc.text.split("\n\n") == [
        "Структура проекта в директории src:",
        "/\n  components\n  services\n    action.notify\n    README_ru.md\n  app.js",
        "Сервис со следующей структурой:",
        "request.service\n  api",
        "В auth.js",
    ]
    trees = [
        doc.text[span.start : span.end] for span in doc.spans if span.attrs.get("environment") == "dirtree"
    ]
    assert trees == [
        "/\n  components\n  services\n    action.notify\n    README_ru.md\n  app.js",
        "request.service\n  api",
    ]
