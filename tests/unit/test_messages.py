"""The message catalogue: `msg` keeps the Chinese text, and no raw Chinese message is raised below the UI."""

from __future__ import annotations

import ast
import pickle
import re
from pathlib import Path

from app.messages import MESSAGE_SOURCES, JoinedMessage, Message, joined, msg
from app.services.errors import ServiceError, ValidationError

ROOT = Path(__file__).resolve().parents[2]
CJK = re.compile(r"[\u3400-\u9fff]")
BASES = {"ServiceError", "DatabaseEnvironmentError"}
"""Exceptions whose text reaches the user; subclasses are found by reading the class definitions."""
FIELD_HELPERS = {"raise_if", "_raise", "ValidationError"}
"""Calls taking a dict of field errors."""


def test_a_message_is_its_chinese_text_and_remembers_its_template() -> None:
    text = msg("找不到编号为{number}的建议（{what}）。", number=12, what=msg("已归档"))
    assert text == "找不到编号为12的建议（已归档）。"
    assert isinstance(text, Message)
    assert text.template == "找不到编号为{number}的建议（{what}）。"
    assert text.args["number"] == 12
    assert isinstance(text.args["what"], Message)
    assert msg("没有参数的{花括号}") == "没有参数的{花括号}"  # nothing formatted without arguments


def test_messages_survive_pickling() -> None:
    text = msg("第 {n} 行", n=3)
    copy = pickle.loads(pickle.dumps(text))
    assert isinstance(copy, Message)
    assert copy == "第 3 行" and copy.template == "第 {n} 行" and copy.args == {"n": 3}
    both = pickle.loads(pickle.dumps(joined([msg("甲"), msg("乙")])))
    assert isinstance(both, JoinedMessage) and both == "甲；乙" and both.parts == ("甲", "乙")


def test_a_validation_error_joins_its_field_messages() -> None:
    error = ValidationError({"name": msg("名称不能为空"), "phone": msg("电话号码格式不正确")})
    assert error.message == "名称不能为空；电话号码格式不正确"
    assert isinstance(error.message, JoinedMessage)
    templates = [p.template for p in error.message.parts if isinstance(p, Message)]
    assert templates == ["名称不能为空", "电话号码格式不正确"]
    assert str(ServiceError(msg("出错了"))) == "出错了"


def test_the_sources_to_scan_exist() -> None:
    for place in MESSAGE_SOURCES:
        assert (ROOT / place).is_dir() or ((ROOT / place).suffix == ".py" and (ROOT / place).is_file()), place


def _trees() -> list[tuple[Path, ast.Module]]:
    files = []
    for folder in ("app/services", "app/db", "app/models"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            if "migrations" not in path.parts:
                files.append((path, ast.parse(path.read_text(encoding="utf-8"))))
    return files


def _user_errors(trees: list[tuple[Path, ast.Module]]) -> set[str]:
    names = set(BASES)
    bases: dict[str, set[str]] = {}
    for _, tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = {_name(b) for b in node.bases}
    grew = True
    while grew:
        more = {name for name, parents in bases.items() if parents & names} - names
        names |= more
        grew = bool(more)
    return names


def _raw_chinese(node: ast.expr) -> bool:
    """Chinese text written straight into a message instead of through `msg(...)`."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and bool(CJK.search(node.value))
    if isinstance(node, ast.JoinedStr):
        return any(_raw_chinese(v) for v in node.values if isinstance(v, ast.Constant))
    if isinstance(node, ast.BinOp):
        return _raw_chinese(node.left) or _raw_chinese(node.right)
    if isinstance(node, ast.IfExp):
        return _raw_chinese(node.body) or _raw_chinese(node.orelse)
    if isinstance(node, ast.BoolOp):
        return any(_raw_chinese(v) for v in node.values)
    return False


def _name(func: ast.expr) -> str:
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def test_no_raw_chinese_message_is_raised_below_the_interface() -> None:
    trees = _trees()
    errors = _user_errors(trees)
    assert {"ServiceError", "ValidationError", "DatabaseUnavailable", "HostileFileError"} <= errors
    found = []
    for path, tree in trees:
        where = path.relative_to(ROOT)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _name(node.func)
            values: list[ast.expr] = []
            if name in errors:
                values = [*node.args, *(k.value for k in node.keywords)]
            if name in FIELD_HELPERS:
                values += [v for a in node.args if isinstance(a, ast.Dict) for v in a.values]
            found += [f"{where}:{v.lineno}" for v in values if _raw_chinese(v)]
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Subscript):
                target = node.targets[0].value
                if _name(target).endswith("errors") and _raw_chinese(node.value):
                    found.append(f"{where}:{node.lineno}")
    assert found == [], "wrap these messages in app.messages.msg(...): " + ", ".join(found)


def test_the_checker_sees_a_raw_message() -> None:
    source = (
        'raise ServiceError(f"找不到{x}")\nerrors["a"] = "不能为空"\nraise ServiceError(msg("好的{x}", x=1))'
    )
    tree = ast.parse(source)
    raises = [n.exc for n in ast.walk(tree) if isinstance(n, ast.Raise) and isinstance(n.exc, ast.Call)]
    assert [_raw_chinese(c.args[0]) for c in raises] == [True, False]
    assigned = next(n for n in ast.walk(tree) if isinstance(n, ast.Assign))
    assert _raw_chinese(assigned.value)
