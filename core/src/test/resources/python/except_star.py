"""except* (PEP 654) statements whose outcomes are compared with CPython's (expected/compat.txt):
what each clause sees and what the statement raises, as a tree of exception types and messages."""
import sys


def tree(exc):
    if exc is None:
        return None
    node = [type(exc).__name__, exc.message if isinstance(exc, BaseExceptionGroup) else str(exc)]
    if isinstance(exc, BaseExceptionGroup):
        node.append([tree(e) for e in exc.exceptions])
    if exc.__context__ is not None:
        node.append('context ' + type(exc.__context__).__name__)
    return node


def outcome(case):
    seen = []
    try:
        case(seen)
        return [seen, 'no exception']
    except BaseException as exc:
        return [seen, tree(exc)]


def naked_reraise(seen):
    try:
        raise ValueError('n')
    except* ValueError as e:
        seen.append([tree(e), sys.exception() is e])
        raise


def naked_new(seen):
    try:
        raise ValueError('n')
    except* ValueError:
        raise TypeError('t')


def naked_unmatched(seen):
    try:
        raise ValueError('n')
    except* TypeError:
        seen.append('not here')


def group_new_and_rest(seen):
    try:
        raise ExceptionGroup('eg', [ValueError('a'), TypeError('b')])
    except* ValueError as e:
        seen.append(tree(e))
        raise KeyError('x')


def group_raise_as_new(seen):
    try:
        raise ExceptionGroup('eg', [ValueError('a'), TypeError('b')])
    except* ValueError as e:
        raise e


def group_handled_part(seen):
    try:
        raise ExceptionGroup('eg', [ValueError('a'), TypeError('b'), ValueError('c')])
    except* ValueError as e:
        seen.append(tree(e))


def group_bare_reraise(seen):
    try:
        raise ExceptionGroup('eg', [ValueError('a'), ExceptionGroup('inner', [TypeError('b'), OSError('o')])])
    except* TypeError:
        raise
    except* ValueError:
        seen.append('value')


def group_two_new(seen):
    try:
        raise ExceptionGroup('eg', [ValueError('a'), TypeError('b')])
    except* ValueError:
        raise KeyError('x')
    except* TypeError:
        raise OSError('y')


def group_one_new(seen):
    try:
        raise ExceptionGroup('eg', [ValueError('a')])
    except* ValueError:
        raise KeyError('x')


def group_all_handled(seen):
    eg = ExceptionGroup('eg', [ValueError('a'), OSError('b')])
    try:
        raise eg
    except* (ValueError, OSError) as e:
        seen.append([tree(e), e is eg])
    seen.append('after')


def base_group(seen):
    try:
        raise KeyboardInterrupt()
    except* KeyboardInterrupt:
        raise


def else_finally(seen):
    for fail in (False, True):
        try:
            if fail:
                raise ExceptionGroup('eg', [ValueError('a')])
            seen.append('body')
        except* ValueError:
            seen.append('handler')
        else:
            seen.append('else')
        finally:
            seen.append('finally')


def catching_a_group(seen):
    try:
        raise ValueError('n')
    except* ExceptionGroup:
        seen.append('not here')


def nested(seen):
    try:
        try:
            raise ExceptionGroup('outer', [ValueError('a'), TypeError('b')])
        except* ValueError:
            try:
                raise ExceptionGroup('inner', [OSError('c')])
            except* OSError as inner:
                seen.append(tree(inner))
    except* TypeError as e:
        seen.append(tree(e))
    seen.append(['names', 'e' in dir(), 'inner' in dir()])


def in_loop_and_function(seen):
    def first_value(groups):
        for group in groups:
            try:
                raise group
            except* ValueError as e:
                seen.append(len(e.exceptions))
            if len(seen) > 1:
                break
        return 'done'
    seen.append(first_value([ExceptionGroup('g', [ValueError(1)]), ExceptionGroup('g', [ValueError(2), ValueError(3)])]))


def returns_from_body(seen):
    def f():
        try:
            return 'returned'
        except* ValueError:
            seen.append('not here')
        finally:
            seen.append('finally')
    seen.append(f())


def async_task_group(seen):
    import asyncio

    async def main():
        async def fails(n):
            await asyncio.sleep(0)
            raise KeyError(n)

        async def long():
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                seen.append('cancelled')
                raise
        try:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(long())
                tg.create_task(fails('k'))
        except* KeyError as group:
            await asyncio.sleep(0)
            seen.append(tree(group))
    asyncio.run(main())


class Holder:
    def method(self, seen):
        try:
            raise ExceptionGroup('m', [ValueError('v'), OSError('o')])
        except* ValueError as e:
            seen.append([tree(e), type(self).__name__, super().__repr__()[:7]])


def method(seen):
    Holder().method(seen)


def _logged(function):
    import functools

    @functools.wraps(function)
    def wrapper(seen):
        seen.append('wrapper')
        return function(seen)
    return wrapper


@_logged
def decorated(seen):
    try:
        raise KeyError('k')
    except* KeyError as e:
        seen.append(tree(e))


CASES = [naked_reraise, naked_new, naked_unmatched, group_new_and_rest, group_raise_as_new, group_handled_part,
         group_bare_reraise, group_two_new, group_one_new, group_all_handled, base_group, else_finally, catching_a_group,
         nested, in_loop_and_function, returns_from_body, async_task_group, method, decorated]


def all_outcomes():
    return {case.__name__: outcome(case) for case in CASES}
