"""Check the Python code blocks of generated Markdown, for Pygen Studio.

Reads {"blocks": [{"file", "line", "code"}], "importName": "pkg", "names": [...],
"openNames": [...], "aliases": {...}} as JSON on standard input. "line" is the Markdown line of
the block's opening fence, so line N of the code is Markdown line "line" + N. "names" holds every
dotted name the package has; "openNames" those under which anything exists (values, classes with
bases from outside the package, modules that do not parse); "aliases" the names bound by imports
inside the package ("pkg.Reading" -> "pkg.readings.Reading"). Without "names", only compiling is
checked.

Writes {"problems": [{"file", "line", "kind", "message", ...}]}: kind "syntax" (with "detail",
Python's own message) when a block does not compile, kind "missing" (with "name") when a block
refers to a name under importName that the package does not have.

The code is compiled, never run. Exit status: 0 with the problems, 2 with {"error": "..."} when
the input is not usable. Runs on Python 3.9 or later with the standard library only.
"""

import ast
import json
import sys
import warnings


class InputError(Exception):
    pass


def is_dunder(name):
    return len(name) > 4 and name.startswith("__") and name.endswith("__")


class NameIndex:
    """The same rule as ApiNameIndex::contains on the C++ side."""

    MAXIMUM_ALIAS_STEPS = 16

    def __init__(self, names, open_names, aliases):
        self.names = set(names)
        self.open_names = set(open_names)
        self.aliases = dict(aliases)

    def covered(self, name):
        if name in self.names:
            return True
        parts = name.split(".")
        return any(".".join(parts[:end]) in self.open_names for end in range(1, len(parts) + 1))

    def substitute_alias(self, name):
        parts = name.split(".")
        for end in range(len(parts), 0, -1):
            prefix = ".".join(parts[:end])
            if prefix in self.aliases:
                return ".".join([self.aliases[prefix]] + parts[end:])
        return None

    def contains(self, dotted):
        parts = dotted.split(".")
        # Dunder attributes (__version__, __doc__, __name__ ...) are not checked.
        for index, part in enumerate(parts):
            if index > 0 and is_dunder(part):
                parts = parts[:index]
                break
        name = ".".join(parts)
        for _ in range(self.MAXIMUM_ALIAS_STEPS):
            if self.covered(name):
                return True
            name = self.substitute_alias(name)
            if name is None:
                return False
        return False

    def first_missing(self, dotted):
        """The shortest prefix of `dotted` that does not exist, or None."""
        if self.contains(dotted):
            return None
        parts = dotted.split(".")
        for end in range(1, len(parts) + 1):
            prefix = ".".join(parts[:end])
            if not self.contains(prefix):
                return prefix
        return dotted


def is_under(name, import_name):
    return name == import_name or name.startswith(import_name + ".")


def attribute_chain(node):
    """["m", "func"] for m.func, or None when the chain does not start at a plain name."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.insert(0, node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    parts.insert(0, node.id)
    return parts


def references(tree, import_name):
    """(line, dotted name) for every import of, and attribute chain into, the package."""
    found = []
    bound = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if not is_under(alias.name, import_name):
                    continue
                found.append((node.lineno, alias.name))
                if alias.asname:
                    bound[alias.asname] = alias.name
                else:
                    top = alias.name.split(".")[0]
                    bound[top] = top
        elif isinstance(node, ast.ImportFrom):
            if node.level != 0 or not node.module or not is_under(node.module, import_name):
                continue
            found.append((node.lineno, node.module))
            for alias in node.names:
                if alias.name == "*":
                    continue
                name = node.module + "." + alias.name
                found.append((node.lineno, name))
                bound[alias.asname or alias.name] = name

    outer_attributes = []
    inner = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            if id(node) not in inner:
                outer_attributes.append(node)
            if isinstance(node.value, ast.Attribute):
                inner.add(id(node.value))
    for node in outer_attributes:
        chain = attribute_chain(node)
        if chain and chain[0] in bound:
            found.append((node.lineno, ".".join([bound[chain[0]]] + chain[1:])))
    return found


def check_block(block, import_name, index):
    problems = []
    code = block["code"]
    line = block["line"]
    with warnings.catch_warnings():
        # Warnings (an invalid escape sequence ...) are not what this check is about.
        warnings.simplefilter("ignore")
        try:
            # Compiled, never run. Top-level await is allowed: documentation shows it that way.
            compile(code, "<block>", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT, dont_inherit=True)
            tree = ast.parse(code)
        except SyntaxError as error:
            problems.append({
                "file": block["file"],
                "line": line + (error.lineno or 1),
                "kind": "syntax",
                "detail": error.msg,
                "message": "Python block does not compile: %s" % error.msg,
            })
            return problems
        except (ValueError, RecursionError, MemoryError) as error:
            detail = str(error) or type(error).__name__
            problems.append({
                "file": block["file"],
                "line": line + 1,
                "kind": "syntax",
                "detail": detail,
                "message": "Python block does not compile: %s" % detail,
            })
            return problems

    if not import_name or index is None:
        return problems
    reported = set()
    for node_line, name in sorted(references(tree, import_name)):
        missing = index.first_missing(name)
        if missing is None or missing in reported:
            continue
        reported.add(missing)
        problems.append({
            "file": block["file"],
            "line": line + node_line,
            "kind": "missing",
            "name": missing,
            "message": "%s does not exist" % missing,
        })
    return problems


def read_request(request):
    if not isinstance(request, dict):
        raise InputError("the input must be a JSON object")
    blocks = request.get("blocks")
    if not isinstance(blocks, list):
        raise InputError('"blocks" must be a list')
    for block in blocks:
        if not (isinstance(block, dict) and isinstance(block.get("file"), str)
                and isinstance(block.get("line"), int) and isinstance(block.get("code"), str)):
            raise InputError('every block needs "file" (text), "line" (a number) and "code" (text)')
    import_name = request.get("importName") or ""
    if not isinstance(import_name, str):
        raise InputError('"importName" must be a string')
    names = request.get("names")
    open_names = request.get("openNames") or []
    aliases = request.get("aliases") or {}
    index = None
    if names is not None:
        if not isinstance(names, list) or not isinstance(open_names, list) or not isinstance(aliases, dict):
            raise InputError('"names" and "openNames" must be lists and "aliases" an object')
        index = NameIndex([str(name) for name in names], [str(name) for name in open_names],
                          {str(key): str(value) for key, value in aliases.items()})
    return blocks, import_name, index


def main():
    if sys.version_info < (3, 9):
        sys.stdout.write(json.dumps({"error": "Python 3.9 or later is needed, this is %d.%d"
                                     % sys.version_info[:2]}))
        return 2
    try:
        request = json.loads(sys.stdin.buffer.read().decode("utf-8"))
        blocks, import_name, index = read_request(request)
    except (UnicodeDecodeError, json.JSONDecodeError, InputError) as error:
        sys.stdout.write(json.dumps({"error": "bad input: %s" % error}))
        return 2
    problems = []
    for block in blocks:
        problems.extend(check_block(block, import_name, index))
    sys.stdout.buffer.write(json.dumps({"problems": problems}, ensure_ascii=False).encode("utf-8"))
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
