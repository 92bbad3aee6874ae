"""PyYAML load (python3-yaml, the pure-Python loader): a configuration-like document with anchors,
block and flow styles, multi-line strings and typed scalars; then a dump."""
import yaml


def _document(services):
    lines = ["defaults: &defaults", "  retries: 3", "  timeout: 2.5", "  enabled: true", "services:"]
    for i in range(services):
        lines += ["  - name: service-%d" % i, "    <<: *defaults", "    port: %d" % (8000 + i),
                  "    tags: [web, 'tier-%d', null, %d.5]" % (i % 3, i),
                  "    description: |", "      Service number %d" % i, "      handles requests: yes",
                  "    env:", "      LEVEL: %s" % ("debug" if i % 2 else "info"), "      STARTED: 2024-01-%02d" % (1 + i % 28)]
    return "\n".join(lines) + "\n"


_TEXT = _document(60)


def run():
    doc = yaml.load(_TEXT, Loader=yaml.SafeLoader)
    services = doc["services"]
    ports = sum(s["port"] for s in services)
    back = yaml.dump(services[:10], Dumper=yaml.SafeDumper, default_flow_style=False, sort_keys=True)
    return len(services), ports, services[5]["retries"], str(services[7]["env"]["STARTED"]), len(back)
