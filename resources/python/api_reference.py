"""Describe the public API of a Python package from its source, for Pygen Studio.

Reads {"files": {"path": "source", ...}, "importName": "pkg"} as JSON on standard input and
writes {"importName", "modules": [...], "reexports": {...}} as JSON on standard output.

The package's code is only parsed with ast: nothing of it is imported, compiled or run, so a
module that would delete files or exit on import is described like any other.

Exit status: 0 with the description, 2 with {"error": "..."} when the input is not usable.
Runs on Python 3.9 or later with the standard library only.
"""

import ast
import json
import re
import sys

CONSTANT_NAME = re.compile(r"^[A-Z][A-Z0-9_]*$")
# Folders whose modules are not part of the import package's API.
NON_PACKAGE_FOLDERS = ("tests", "test", "examples", "example", "docs", "doc", "scripts", "benchmarks")


class InputError(Exception):
    pass


def is_public(name):
    return not name.startswith("_")


def is_dunder(name):
    return len(name) > 4 and name.startswith("__") and name.endswith("__")


def module_name_for(path):
    """ "src/pkg/mod.py" -> "pkg.mod", "src/pkg/__init__.py" -> "pkg"."""
    if path.startswith("src/"):
        path = path[len("src/"):]
    if path.endswith(".py"):
        path = path[: -len(".py")]
    parts = [part for part in path.split("/") if part]
    if parts and parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def first_paragraph(text):
    if not text:
        return ""
    lines = []
    for line in text.strip().splitlines():
        if not line.strip():
            break
        lines.append(line.strip())
    return " ".join(lines)


def docstring_of(node):
    try:
        return first_paragraph(ast.get_docstring(node, clean=True))
    except (TypeError, ValueError):
        return ""


def unparse(node):
    return ast.unparse(node)


def decorator_names(node):
    names = []
    for decorator in node.decorator_list:
        target = decorator.func if isinstance(decorator, ast.Call) else decorator
        try:
            names.append(unparse(target))
        except Exception:  # noqa: BLE001 - a decorator we cannot show is simply not matched
            names.append("")
    return names


def format_parameter(parameter, default, prefix=""):
    text = prefix + parameter.arg
    if parameter.annotation is not None:
        text += ": " + unparse(parameter.annotation)
    if default is not None:
        # PEP 8: spaces around "=" only when there is an annotation.
        text += (" = " if parameter.annotation is not None else "=") + unparse(default)
    return text


def format_parameters(arguments, drop_first):
    positional = list(arguments.posonlyargs) + list(arguments.args)
    defaults = [None] * (len(positional) - len(arguments.defaults)) + list(arguments.defaults)
    entries = [(parameter, default, index < len(arguments.posonlyargs))
               for index, (parameter, default) in enumerate(zip(positional, defaults))]
    if drop_first and entries:
        entries = entries[1:]

    parts = []
    for index, (parameter, default, positional_only) in enumerate(entries):
        parts.append(format_parameter(parameter, default))
        following_is_positional_only = index + 1 < len(entries) and entries[index + 1][2]
        if positional_only and not following_is_positional_only:
            parts.append("/")
    if arguments.vararg is not None:
        parts.append(format_parameter(arguments.vararg, None, "*"))
    elif arguments.kwonlyargs:
        parts.append("*")
    for parameter, default in zip(arguments.kwonlyargs, arguments.kw_defaults):
        parts.append(format_parameter(parameter, default))
    if arguments.kwarg is not None:
        parts.append(format_parameter(arguments.kwarg, None, "**"))
    return ", ".join(parts)


def describe_function(node, in_class):
    decorators = decorator_names(node)
    is_static = any(name.split(".")[-1] == "staticmethod" for name in decorators)
    is_property = any(name.split(".")[-1] in ("property", "cached_property") for name in decorators)
    if is_property:
        # Read like the attribute it is: "temperature: float".
        signature = node.name
        if node.returns is not None:
            signature += ": " + unparse(node.returns)
    else:
        # Methods are shown as they are called, without self or cls (as help() and the Python
        # documentation show them).
        signature = "%s(%s)" % (node.name, format_parameters(node.args, in_class and not is_static))
        if node.returns is not None:
            signature += " -> " + unparse(node.returns)
    return {
        "name": node.name,
        "signature": signature,
        "docstring": docstring_of(node),
        "isAsync": isinstance(node, ast.AsyncFunctionDef),
        "line": node.lineno,
    }


def is_overload_or_accessor(node):
    for name in decorator_names(node):
        if name.split(".")[-1] == "overload":
            return True
        if name.endswith((".setter", ".deleter")):
            return True
    return False


def assigned_names(target):
    if isinstance(target, ast.Name):
        return [target.id]
    if isinstance(target, (ast.Tuple, ast.List)):
        names = []
        for element in target.elts:
            names.extend(assigned_names(element.value if isinstance(element, ast.Starred) else element))
        return names
    return []


def statement_targets(statement):
    if isinstance(statement, ast.Assign):
        names = []
        for target in statement.targets:
            names.extend(assigned_names(target))
        return names
    if isinstance(statement, (ast.AnnAssign, ast.AugAssign)):
        return assigned_names(statement.target)
    return []


def top_level_statements(body):
    """Statements that run at module (or class) level, including those in if/try/with blocks."""
    for statement in body:
        yield statement
        blocks = []
        if isinstance(statement, (ast.If, ast.While, ast.For, ast.AsyncFor)):
            blocks = [statement.body, statement.orelse]
        elif isinstance(statement, (ast.With, ast.AsyncWith)):
            blocks = [statement.body]
        elif isinstance(statement, ast.Try) or type(statement).__name__ == "TryStar":
            blocks = [statement.body, statement.orelse, statement.finalbody]
            blocks.extend(handler.body for handler in statement.handlers)
        for block in blocks:
            for nested in top_level_statements(block):
                yield nested


def describe_class(node, module_name, imports, defined):
    methods = []
    attributes = []
    for statement in node.body:
        if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef)):
            if (is_public(statement.name) or statement.name == "__init__") and not is_overload_or_accessor(statement):
                methods.append(describe_function(statement, in_class=True))
        elif isinstance(statement, ast.ClassDef):
            if is_public(statement.name):
                attributes.append(statement.name)
        else:
            attributes.extend(name for name in statement_targets(statement) if is_public(name))
    bases = [unparse(base) for base in node.bases]
    return {
        "name": node.name,
        "bases": ", ".join(bases),
        "baseNames": [resolve_base(base, module_name, imports, defined) for base in node.bases],
        "docstring": docstring_of(node),
        "methods": methods,
        "attributes": unique(attributes),
        "line": node.lineno,
    }


def resolve_base(base, module_name, imports, defined):
    """The dotted name a base class refers to: "pkg.mod.Base", "typing.Generic", "Exception"."""
    while isinstance(base, ast.Subscript):
        base = base.value
    parts = []
    while isinstance(base, ast.Attribute):
        parts.insert(0, base.attr)
        base = base.value
    if not isinstance(base, ast.Name):
        return ""
    parts.insert(0, base.id)
    head = parts[0]
    if head in imports:
        return ".".join([imports[head]] + parts[1:])
    if head in defined:
        return ".".join([module_name] + parts)
    return ".".join(parts)


def unique(names):
    seen = set()
    result = []
    for name in names:
        if name not in seen:
            seen.add(name)
            result.append(name)
    return result


def package_of(module_name, is_package):
    if is_package:
        return module_name
    return module_name.rpartition(".")[0]


def resolve_from(statement, module_name, is_package):
    """The absolute module a `from X import ...` reads from, or None when it leaves the tree."""
    if statement.level == 0:
        return statement.module or ""
    parts = package_of(module_name, is_package).split(".") if module_name else []
    up = statement.level - 1
    if up > len(parts):
        return None
    base = parts[: len(parts) - up]
    if statement.module:
        base = base + statement.module.split(".")
    return ".".join(base)


def literal_strings(node):
    if isinstance(node, (ast.List, ast.Tuple)):
        return [element.value for element in node.elts
                if isinstance(element, ast.Constant) and isinstance(element.value, str)]
    return None


def dunder_all(tree):
    """The names in __all__ when it is given literally; None when there is no __all__."""
    names = None
    for statement in tree.body:
        value = None
        if isinstance(statement, ast.Assign) and any(
                isinstance(target, ast.Name) and target.id == "__all__" for target in statement.targets):
            names, value = [], statement.value
        elif isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name) \
                and statement.target.id == "__all__" and statement.value is not None:
            names, value = [], statement.value
        elif isinstance(statement, ast.AugAssign) and isinstance(statement.target, ast.Name) \
                and statement.target.id == "__all__":
            value = statement.value
        elif isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Call) \
                and isinstance(statement.value.func, ast.Attribute) \
                and isinstance(statement.value.func.value, ast.Name) \
                and statement.value.func.value.id == "__all__" \
                and statement.value.func.attr in ("extend", "append") and statement.value.args:
            argument = statement.value.args[0]
            if statement.value.func.attr == "append":
                value = ast.List(elts=[argument], ctx=ast.Load())
            else:
                value = argument
        if value is not None:
            strings = literal_strings(value)
            if strings is not None:
                names = (names or []) + strings
    return names


def describe_module(path, source):
    module_name = module_name_for(path)
    is_package = path.endswith("__init__.py")
    module = {
        "path": path,
        "moduleName": module_name,
        "docstring": "",
        "functions": [],
        "classes": [],
        "constants": [],
        "variables": [],
        "imports": {},
        "syntaxError": "",
    }
    try:
        tree = ast.parse(source, filename=path)
    except SyntaxError as error:
        module["syntaxError"] = ("line %d: %s" % (error.lineno, error.msg)) if error.lineno else str(error.msg)
        return module, None
    except (ValueError, RecursionError, MemoryError) as error:
        # Null bytes, or nesting deeper than the parser can follow.
        module["syntaxError"] = "line 1: %s" % (str(error) or type(error).__name__)
        return module, None

    module["docstring"] = docstring_of(tree)

    imports = {}
    star_imports = []
    for statement in top_level_statements(tree.body):
        if isinstance(statement, ast.Import):
            for alias in statement.names:
                if alias.asname:
                    imports[alias.asname] = alias.name
                else:
                    top = alias.name.split(".")[0]
                    imports[top] = top
        elif isinstance(statement, ast.ImportFrom):
            origin = resolve_from(statement, module_name, is_package)
            if origin is None:
                continue
            for alias in statement.names:
                if alias.name == "*":
                    star_imports.append(origin)
                else:
                    imports[alias.asname or alias.name] = (origin + "." if origin else "") + alias.name
    module["imports"] = imports

    defined = set()
    for statement in top_level_statements(tree.body):
        if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            defined.add(statement.name)
        defined.update(statement_targets(statement))

    variables = []
    constants = []
    for statement in tree.body:
        if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef)):
            if is_public(statement.name) and not is_overload_or_accessor(statement):
                module["functions"].append(describe_function(statement, in_class=False))
        elif isinstance(statement, ast.ClassDef):
            if is_public(statement.name):
                module["classes"].append(describe_class(statement, module_name, imports, defined))
        else:
            for name in statement_targets(statement):
                if CONSTANT_NAME.match(name):
                    constants.append(name)
    # Names bound in other ways (lower-case values, definitions inside if/try) still exist.
    documented = set(constants) | {item["name"] for item in module["functions"] + module["classes"]}
    for statement in top_level_statements(tree.body):
        names = statement_targets(statement)
        if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [statement.name]
        for name in names:
            if (is_public(name) or is_dunder(name)) and name not in documented and name not in imports:
                variables.append(name)
    module["constants"] = unique(constants)
    module["variables"] = unique(variables)
    return module, {"tree": tree, "stars": star_imports, "isPackage": is_package}


def public_names(module, all_names):
    if all_names is not None:
        return list(all_names)
    names = [item["name"] for item in module["functions"] + module["classes"]]
    names += module["constants"] + [name for name in module["variables"] if is_public(name)]
    names += [name for name in module["imports"] if is_public(name)]
    return names


def guess_import_name(paths):
    """The one top-level package (or src/ module) when the input does not name it."""
    candidates = set()
    for path in paths:
        stripped = path[len("src/"):] if path.startswith("src/") else path
        parts = stripped.split("/")
        if parts[0] in NON_PACKAGE_FOLDERS:
            continue
        if len(parts) >= 2 and parts[-1] == "__init__.py":
            candidates.add(parts[0])
        elif len(parts) == 1 and path.startswith("src/"):
            candidates.add(module_name_for(path))
    return candidates.pop() if len(candidates) == 1 else ""


def describe(request):
    if not isinstance(request, dict):
        raise InputError("the input must be a JSON object")
    files = request.get("files")
    if not isinstance(files, dict):
        raise InputError('"files" must be an object that maps paths to source text')
    import_name = request.get("importName") or ""
    if not isinstance(import_name, str):
        raise InputError('"importName" must be a string')
    for path, source in files.items():
        if not isinstance(source, str):
            raise InputError('the source of "%s" must be a string' % path)

    paths = sorted(path for path in files if path.endswith(".py"))
    if not import_name:
        import_name = guess_import_name(paths)

    modules = []
    details = {}
    for path in paths:
        module, detail = describe_module(path, files[path])
        modules.append(module)
        if detail is not None:
            details[module["moduleName"]] = (module, detail)

    # `from .mod import *` binds what mod exports; a few passes follow chains of them.
    for _ in range(3):
        for module, detail in details.values():
            for origin in detail["stars"]:
                if origin in details:
                    source_module, source_detail = details[origin]
                    for star_name in public_names(source_module, dunder_all(source_detail["tree"])):
                        module["imports"].setdefault(star_name, origin + "." + star_name)

    # A package re-exports what its __init__ imports from inside the package and lists in
    # __all__ (everything public it imports when there is no __all__).
    reexports = {}
    for name, (module, detail) in details.items():
        if not detail["isPackage"]:
            continue
        package_top = name.split(".")[0]
        all_names = dunder_all(detail["tree"])
        exported = []
        for local, origin in module["imports"].items():
            inside = origin.split(".")[0] in (package_top, import_name)
            if inside and is_public(local) and (all_names is None or local in all_names):
                exported.append(local)
        if exported:
            reexports[name] = exported

    return {"importName": import_name, "modules": modules, "reexports": reexports}


def main():
    if sys.version_info < (3, 9):
        sys.stdout.write(json.dumps({"error": "Python 3.9 or later is needed, this is %d.%d"
                                     % sys.version_info[:2]}))
        return 2
    try:
        request = json.loads(sys.stdin.buffer.read().decode("utf-8"))
        result = describe(request)
    except (UnicodeDecodeError, json.JSONDecodeError, InputError) as error:
        sys.stdout.write(json.dumps({"error": "bad input: %s" % error}))
        return 2
    sys.stdout.buffer.write(json.dumps(result, ensure_ascii=False).encode("utf-8"))
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
