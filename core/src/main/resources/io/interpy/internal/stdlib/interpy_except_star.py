"""except* (PEP 654) in functions of modules an Interpy worker imports from source.

GraalPy 25.0.3 parses and compiles a try statement with except* clauses, but running one raises
NotImplementedError('try star'), even when its body raises nothing. Its ast module knows the
statement (ast.TryStar) and compiles a tree given to compile(), but a module compiled from its tree
gets a stray __classdictcell__ in every class that has methods (which breaks typing.Protocol). So
the module is compiled from its source as before, and each module-level function and method of a
module-level class that has a try-star statement is compiled again from its own tree, the statement
rewritten into an ordinary try statement whose handler splits the exception group with the helpers
below, runs each except* clause with its part of the group as the exception being handled, and
raises what is left as CPython 3.11 does (an unmatched naked exception as itself, re-raised parts
in their original groups' shape, new exceptions with them in ExceptionGroup('', ...), a single one
alone). When the module has run, those functions get the rewritten code (function.__code__).

Still GraalPy's NotImplementedError: except* at module level or in a class body, in a function
called while its module is still being imported, and in code compiled by compile(), exec() or
eval() from a string. Tracebacks differ: one shows the try statement's line once more than on
CPython where what is left is raised again, and a clause that catches a naked exception sees its
group with the try statement's traceback (None on CPython). The clause must start a line, as
`except*` or `except *` (what the import looks for).
"""

import ast
import importlib.util
import itertools
import sys
import types

HELPERS = '_interpy_except_star'


class Handling:
    """One exception met by a rewritten try-star statement, split among its except* clauses."""

    def __init__(self, exc):
        self.original = exc
        self.naked = not isinstance(exc, BaseExceptionGroup)
        # A naked exception is handled as a group of one, with no traceback of its own (as on CPython).
        self.rest = BaseExceptionGroup('', [exc]) if self.naked else exc
        self.raised = []
        self.match = None
        self.saved = None

    def matches(self, types_):
        for t in types_ if isinstance(types_, tuple) else (types_,):
            if not (isinstance(t, type) and issubclass(t, BaseException)):
                raise TypeError('catching classes that do not inherit from BaseException is not allowed')
            if issubclass(t, BaseExceptionGroup):
                raise TypeError('catching ExceptionGroup with except* is not allowed. Use except instead.')
        if self.rest is None:
            return False
        self.match, self.rest = split(self.rest, lambda e: isinstance(e, types_))
        return self.match is not None

    def enter(self):
        # Raised here and caught by the clause's own except, so that the clause runs with its part
        # as the exception being handled (sys.exception(), a bare raise, the context of new ones).
        match = self.match
        self.saved = (match.__traceback__, match.__context__, match.__cause__, match.__suppress_context__)
        raise match

    def entered(self, match):
        match.__traceback__, match.__context__, match.__cause__, match.__suppress_context__ = self.saved

    def failed(self, exc):
        self.raised.append(exc)

    def outcome(self):
        """The exception the statement raises, or None."""
        if self.naked:
            if self.raised:
                return self.raised[0]
            return self.original if self.rest is not None else None
        original = self.original
        kept = set()
        new = []
        for exc in self.raised:
            if (exc.__traceback__ is original.__traceback__ and exc.__context__ is original.__context__
                    and exc.__cause__ is original.__cause__):
                kept.update(id(leaf) for leaf in leaves(exc))  # re-raised: back in its place
            else:
                new.append(exc)
        if self.rest is not None:
            kept.update(id(leaf) for leaf in leaves(self.rest))
        left = split(original, lambda e: not isinstance(e, BaseExceptionGroup) and id(e) in kept)[0] if kept else None
        everything = new + ([left] if left is not None else [])
        if len(everything) > 1:
            return BaseExceptionGroup('', everything)
        return everything[0] if everything else None


def split(exc, condition):
    """(match, rest) of exc: groups rebuilt with derive() and the metadata of the group they come from."""
    if condition(exc):
        return exc, None
    if not isinstance(exc, BaseExceptionGroup):
        return None, exc
    matched, rest = [], []
    for inner in exc.exceptions:
        m, r = split(inner, condition)
        if m is not None:
            matched.append(m)
        if r is not None:
            rest.append(r)
    return derived(exc, matched), derived(exc, rest)


def derived(group, exceptions):
    if not exceptions:
        return None
    part = group.derive(exceptions)
    part.__traceback__ = group.__traceback__
    part.__context__ = group.__context__
    part.__cause__ = group.__cause__
    part.__suppress_context__ = group.__suppress_context__
    if hasattr(group, '__notes__'):
        part.__notes__ = group.__notes__
    return part


def leaves(exc):
    if isinstance(exc, BaseExceptionGroup):
        for inner in exc.exceptions:
            yield from leaves(inner)
    else:
        yield exc


LOCATION = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')


def clause_lines(source):
    """The lines (from 1) that start with an except* clause: the statements to rewrite are there."""
    lines = set()
    for number, line in enumerate(source.splitlines(), 1):
        stripped = line.lstrip()
        if stripped.startswith('except') and stripped[6:].lstrip().startswith('*'):
            lines.add(number)
    return lines


def rewritten(statements, lines, names):
    """statements with each try-star statement on the given lines replaced; only statements that span
    one of those lines are looked into (walking a whole module's tree costs seconds in a worker)."""
    out = []
    for statement in statements:
        end = getattr(statement, 'end_lineno', None) or statement.lineno
        if any(statement.lineno <= line <= end for line in lines):
            for field in ('body', 'orelse', 'finalbody'):
                inner = getattr(statement, field, None)
                if isinstance(inner, list) and inner and isinstance(inner[0], ast.stmt):
                    setattr(statement, field, rewritten(inner, lines, names))
            for part in getattr(statement, 'handlers', ()) or getattr(statement, 'cases', ()):
                part.body = rewritten(part.body, lines, names)
            if isinstance(statement, ast.TryStar):
                out.extend(ordinary_try(statement, names))
                continue
        out.append(statement)
    return out


def ordinary_try(node, names):
    """The try statement that runs node's clauses through Handling."""
    n = next(names)
    star, exc, raised = '_interpy_star_%d' % n, '_interpy_exc_%d' % n, '_interpy_raised_%d' % n
    kept = {id(part) for part in node.body + node.orelse + node.finalbody}
    for handler in node.handlers:
        kept.add(id(handler.type))
        kept.update(id(part) for part in handler.body)

    def name(id_, store=False):
        return ast.Name(id=id_, ctx=ast.Store() if store else ast.Load())

    def call(method, *args):
        return ast.Call(func=ast.Attribute(value=name(star), attr=method, ctx=ast.Load()), args=list(args), keywords=[])

    handling = [ast.Assign(targets=[name(star, True)], value=ast.Call(
        func=ast.Attribute(value=ast.Call(func=name('__import__'), args=[ast.Constant(HELPERS)], keywords=[]),
                           attr='Handling', ctx=ast.Load()), args=[name(exc)], keywords=[]))]
    for i, handler in enumerate(node.handlers):
        as_name = handler.name or '_interpy_match_%d_%d' % (n, i)
        clause = ast.Try(
            body=handler.body,
            handlers=[ast.ExceptHandler(type=name('BaseException'), name=raised,
                                        body=[ast.Expr(call('failed', name(raised)))])],
            orelse=[], finalbody=[])
        enter = ast.Try(
            body=[ast.Expr(call('enter'))],
            handlers=[ast.ExceptHandler(type=name('BaseException'), name=as_name,
                                        body=[ast.Expr(call('entered', name(as_name))), clause])],
            orelse=[], finalbody=[])
        handling.append(ast.If(test=call('matches', handler.type), body=[enter], orelse=[]))
    handling.append(ast.Assign(targets=[name(star, True)], value=call('outcome')))
    statements = [
        ast.Assign(targets=[name(star, True)], value=ast.Constant(None)),
        ast.Try(body=node.body, handlers=[ast.ExceptHandler(type=name('BaseException'), name=exc, body=handling)],
                orelse=node.orelse, finalbody=[]),
        ast.If(test=ast.Compare(left=name(star), ops=[ast.IsNot()], comparators=[ast.Constant(None)]),
               body=[ast.Raise(exc=name(star), cause=None)], orelse=[])]
    if node.finalbody:
        statements = [ast.Try(body=statements, handlers=[], orelse=[], finalbody=node.finalbody)]
    for statement in statements:
        located(statement, node, kept)
    return statements


def located(node, origin, kept):
    """The try-star statement's location on each new node (the clauses' own code keeps its own)."""
    if id(node) in kept:
        return
    for attribute in LOCATION:
        if attribute in node._attributes:
            setattr(node, attribute, getattr(origin, attribute))
    for child in ast.iter_child_nodes(node):
        located(child, origin, kept)


def rewritten_functions(tree, lines):
    """{qualified name: the function's tree with its try-star statements rewritten} of the
    module-level functions and methods of module-level classes that span the given lines."""
    def spans(statement):
        return any(statement.lineno <= line <= statement.end_lineno for line in lines)

    def functions(statements):
        return [s for s in statements if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef)) and spans(s)]

    names = itertools.count(1)
    found = {}
    for statement in tree.body:
        if not spans(statement):
            continue
        for function in functions([statement]):
            found[function.name] = (None, rewritten([function], lines, names)[0])
        if isinstance(statement, ast.ClassDef):
            for method in functions(statement.body):
                found[statement.name + '.' + method.name] = (statement, rewritten([method], lines, names)[0])
    return found


def compiled_functions(found, path, optimize):
    """{qualified name: code} compiled from one module tree of the rewritten functions (never run)."""
    body = []
    for qualified, (cls, function) in found.items():
        if cls is None:
            body.append(function)
        else:
            # In a class of the same name: the same qualified name and __class__ cell as in the module.
            body.append(ast.ClassDef(name=cls.name, bases=[], keywords=[], body=[function], decorator_list=[],
                                     type_params=[], lineno=cls.lineno, col_offset=cls.col_offset,
                                     end_lineno=cls.end_lineno, end_col_offset=cls.end_col_offset))
    module = compile(ast.Module(body=body, type_ignores=[]), path, 'exec', dont_inherit=True, optimize=optimize)
    codes = {}

    def collect(code, prefix):
        for const in code.co_consts:
            if isinstance(const, types.CodeType):
                name = prefix + const.co_name
                if name in found:
                    codes[name] = const
                elif not prefix and const.co_name in {q.split('.')[0] for q in found if '.' in q}:
                    collect(const, const.co_name + '.')

    collect(module, '')
    return codes


def swap(namespace, key):
    """Gives the module's functions their rewritten code once the module has run."""
    for qualified, code in PENDING.pop(key, {}).items():
        owner, _, name = qualified.rpartition('.')
        if owner:
            target = getattr(namespace.get(owner), '__dict__', {}).get(name)
            target = getattr(target, '__func__', target)  # staticmethod, classmethod
        else:
            target = namespace.get(name)
        while target is not None:
            if isinstance(target, types.FunctionType) and (target.__code__.co_name, target.__code__.co_firstlineno,
                                                           target.__code__.co_freevars) == (
                    code.co_name, code.co_firstlineno, code.co_freevars):
                target.__code__ = code
                break
            target = getattr(target, '__wrapped__', None)  # under a functools.wraps decorator


PENDING = {}


def patch(module):
    """Answers the function that compiles a module's source with its try-star statements rewritten."""
    helpers = types.ModuleType(HELPERS, 'except* for modules compiled by Interpy (interpy_except_star.py)')
    helpers.Handling = Handling
    helpers.swap = swap
    sys.modules[HELPERS] = helpers
    keys = itertools.count(1)

    def source_to_code(data, path, optimize, plain):
        text = data if isinstance(data, str) else importlib.util.decode_source(data)
        found = rewritten_functions(ast.parse(data, path), clause_lines(text))
        if not found:
            return plain(data)
        key = '%s#%d' % (path, next(keys))
        PENDING[key] = compiled_functions(found, path, optimize)
        call = '\n__import__(%r).swap(globals(), %r)\n' % (HELPERS, key)
        return plain(data + (call if isinstance(data, str) else call.encode('ascii')))

    return source_to_code
