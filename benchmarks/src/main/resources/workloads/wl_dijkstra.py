"""Shortest paths: Dijkstra with heapq over a generated weighted grid graph of dicts, plus BFS."""
import heapq
from collections import deque


def _graph(n):
    graph = {}
    for r in range(n):
        for c in range(n):
            node = (r, c)
            edges = graph.setdefault(node, {})
            for dr, dc in ((0, 1), (1, 0), (1, 1)):
                if r + dr < n and c + dc < n:
                    weight = 1 + (r * 31 + c * 17 + dr * 7) % 9
                    edges[(r + dr, c + dc)] = weight
                    graph.setdefault((r + dr, c + dc), {})[node] = weight
    return graph


_GRAPH = _graph(60)


def _dijkstra(graph, source):
    dist = {source: 0}
    heap = [(0, source)]
    while heap:
        d, node = heapq.heappop(heap)
        if d > dist[node]:
            continue
        for nxt, w in graph[node].items():
            nd = d + w
            if nd < dist.get(nxt, 1 << 60):
                dist[nxt] = nd
                heapq.heappush(heap, (nd, nxt))
    return dist


def _bfs(graph, source):
    seen = {source: 0}
    queue = deque([source])
    while queue:
        node = queue.popleft()
        for nxt in graph[node]:
            if nxt not in seen:
                seen[nxt] = seen[node] + 1
                queue.append(nxt)
    return seen


def run():
    a = _dijkstra(_GRAPH, (0, 0))
    b = _dijkstra(_GRAPH, (59, 0))
    hops = _bfs(_GRAPH, (30, 30))
    return a[(59, 59)], b[(0, 59)], sum(a.values()), max(hops.values())
