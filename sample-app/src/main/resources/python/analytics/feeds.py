"""An ``async def`` target: the worker's event loop runs it to completion."""
import asyncio


async def _fetch(source, delay):
    # stands in for awaiting a slow source; the sandbox has no sockets
    await asyncio.sleep(delay)
    return {"source": source, "items": len(source) * 3}


async def gather(sources):
    """Fetches every source concurrently and reports how long the slowest took."""
    loop = asyncio.get_running_loop()
    begin = loop.time()
    results = await asyncio.gather(*(_fetch(s, 0.05 + 0.01 * i) for i, s in enumerate(sources)))
    return {"results": list(results), "elapsedMillis": round((loop.time() - begin) * 1000)}
