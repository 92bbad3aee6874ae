"""OO dispatch: a task scheduler over a class hierarchy with virtual methods, properties and
dataclasses, in the spirit of operating-system simulations (OO kind)."""
from dataclasses import dataclass, field


@dataclass
class Packet:
    kind: int
    target: int
    payload: list = field(default_factory=list)


class Task:
    def __init__(self, ident, priority, scheduler):
        self.ident, self.priority, self.scheduler = ident, priority, scheduler
        self.queue = []
        self.runs = 0

    @property
    def waiting(self):
        return bool(self.queue)

    def step(self):
        self.runs += 1
        packet = self.queue.pop(0) if self.queue else None
        return self.work(packet)

    def work(self, packet):
        raise NotImplementedError


class Producer(Task):
    def work(self, packet):
        if self.runs % 3 == 0:
            self.scheduler.send(Packet(1, (self.ident + 1) % self.scheduler.size, [self.runs]))
        return self.runs % 5 != 0


class Worker(Task):
    def __init__(self, ident, priority, scheduler):
        super().__init__(ident, priority, scheduler)
        self.total = 0

    def work(self, packet):
        if packet is None:
            return False
        self.total += sum(packet.payload) * packet.kind
        if len(packet.payload) < 4:
            packet.payload.append(self.ident)
            packet.target = (packet.target + 1) % self.scheduler.size
            self.scheduler.send(packet)
        return True


class Logger(Worker):
    def work(self, packet):
        done = super().work(packet)
        if packet is not None:
            self.scheduler.log.append(packet.kind + len(packet.payload))
        return done


class Scheduler:
    def __init__(self, size):
        self.size = size
        self.log = []
        kinds = (Producer, Worker, Logger, Worker)
        self.tasks = [kinds[i % 4](i, i % 3, self) for i in range(size)]

    def send(self, packet):
        self.tasks[packet.target].queue.append(packet)

    def run(self, rounds):
        busy = 0
        for _ in range(rounds):
            for task in sorted(self.tasks, key=lambda t: (t.priority, t.ident)):
                if isinstance(task, Producer) or task.waiting:
                    busy += task.step()
        return busy


def run():
    scheduler = Scheduler(24)
    busy = scheduler.run(2000)
    totals = sum(t.total for t in scheduler.tasks if isinstance(t, Worker))
    return busy, totals, len(scheduler.log), sum(scheduler.log) % 1000003
