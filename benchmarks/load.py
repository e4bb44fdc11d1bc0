"""Many users at once: concurrent users ask questions at a running app's ``/ask`` endpoint.

    exorag serve &                                   # or any exorag app
    python benchmarks/load.py --url http://127.0.0.1:7860/ --users 50 --questions 5

Each user is a thread with its own ``gradio_client.Client`` (its own session, as a browser
tab has); all users start together and ask their questions one after another. Prints the
errors and the latency percentiles (``--json`` for a machine); exits 1 if any request failed.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import threading
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

# English, Chinese, follow-up-free questions about the shipped corpus, and one it cannot answer.
QUESTIONS = (
    "What are the mechanisms of TKI resistance?",
    "外泌体的直径是多少？",
    "What bone-related events does bone metastasis cause?",
    "外泌体如何促进肺癌骨转移？",
    "How do exosomes transfer drug resistance between cancer cells?",
    "Which exosomal microRNAs promote osteoclast differentiation?",
    "What is the capital of France?",
)


@dataclass
class LoadReport:
    """What a load run saw: one latency per request, and every failure."""

    users: int
    questions_per_user: int
    seconds: float = 0.0
    latencies_ms: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def requests(self) -> int:
        return self.users * self.questions_per_user

    def percentile(self, share: float) -> int | None:
        """The nearest-rank percentile of the latencies, in whole ms (``share`` in 0..1)."""
        if not self.latencies_ms:
            return None
        ordered = sorted(self.latencies_ms)
        return round(ordered[max(math.ceil(share * len(ordered)) - 1, 0)])

    def to_dict(self) -> dict[str, Any]:
        return {
            "users": self.users,
            "questions_per_user": self.questions_per_user,
            "requests": self.requests,
            "answered": len(self.latencies_ms),
            "errors": len(self.errors),
            "error_samples": self.errors[:10],
            "p50_ms": self.percentile(0.50),
            "p95_ms": self.percentile(0.95),
            "max_ms": self.percentile(1.0),
            "seconds": round(self.seconds, 1),
            "requests_per_second": round(len(self.latencies_ms) / max(self.seconds, 1e-9), 2),
        }


def run_load(
    url: str,
    users: int,
    questions_per_user: int,
    questions: Sequence[str] = QUESTIONS,
    auth: tuple[str, str] | None = None,
) -> LoadReport:
    """Have ``users`` concurrent users ask ``questions_per_user`` questions each at ``url``."""
    from gradio_client import Client

    report = LoadReport(users, questions_per_user)
    lock = threading.Lock()
    # Connecting (fetching the app's config) is not part of what is measured.
    start = threading.Barrier(users + 1)

    def user(number: int) -> None:
        client = None
        try:
            client = Client(url, auth=auth, verbose=False, analytics_enabled=False)
        except Exception as exc:  # a refused connection is a result, not a crash
            with lock:
                report.errors.append(f"user {number} could not connect: {exc!r}")
        finally:
            start.wait()
        if client is None:
            return
        for turn in range(questions_per_user):
            question = questions[(number + turn) % len(questions)]
            began = time.perf_counter()
            try:
                answer = client.predict(question, 5, api_name="/ask")
                if not (isinstance(answer, dict) and answer.get("answer")):
                    raise ValueError(f"not an answer: {answer!r:.200}")
            except Exception as exc:  # every failure is counted and shown, never raised
                with lock:
                    report.errors.append(f"user {number}, {question!r}: {exc!r:.300}")
                continue
            with lock:
                report.latencies_ms.append((time.perf_counter() - began) * 1000)
        client.close()

    with ThreadPoolExecutor(max_workers=users) as pool:
        for number in range(users):
            pool.submit(user, number)
        start.wait()
        began = time.perf_counter()
    report.seconds = time.perf_counter() - began
    return report


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", default="http://127.0.0.1:7860/", help="the running app")
    parser.add_argument("--users", type=int, default=50, help="concurrent users")
    parser.add_argument("--questions", type=int, default=5, help="questions per user")
    parser.add_argument("--auth", metavar="USER:PASSWORD", help="the app's login, if any")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)
    auth = tuple(args.auth.split(":", 1)) if args.auth else None
    report = run_load(args.url, args.users, args.questions, auth=auth)
    summary = report.to_dict()
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=2))
    else:
        print(
            f"{summary['users']} users x {summary['questions_per_user']} questions = "
            f"{summary['requests']} requests in {summary['seconds']} s: "
            f"{summary['answered']} answered, {summary['errors']} errors; "
            f"p50 {summary['p50_ms']} ms, p95 {summary['p95_ms']} ms, max {summary['max_ms']} ms"
        )
        for error in summary["error_samples"]:
            print(f"  {error}", file=sys.stderr)
    return 1 if report.errors else 0


if __name__ == "__main__":
    sys.exit(main())
