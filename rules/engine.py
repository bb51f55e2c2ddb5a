"""The durable-rules host: one per process (per knowledge base), sessions isolated per evaluation.

Pitfalls handled here (see shared notes): the `durable.lang` globals are not used; the host's timer
threads are disabled so actions run synchronously inside `assert_facts`; the C extension has no
locks, so every call holds `_lock`; each evaluation uses a fresh sid whose state is deleted in a
`finally`; every fact has an explicit unique id; exceptions recorded by actions are raised.
"""

from __future__ import annotations

import contextlib
import itertools
import threading
import uuid
from typing import Any

from durable import engine as _engine

from chiiki_mirai.knowledge.loader import KnowledgeBase
from chiiki_mirai.rules.compile import CompiledRuleset, compile_ruleset, prop
from chiiki_mirai.rules.facts import Fact


def _recorder(key: str) -> Any:
    # exactly one parameter: durable-rules treats a two-parameter action as asynchronous
    def record(c: Any) -> None:
        c.s[key] = 1

    return record


class _Host(_engine.Host):
    def __init__(self) -> None:
        self._actions: dict[str, Any] = {"noop": lambda c: None}
        super().__init__()

    def get_action(self, action_name: str) -> Any:
        if action_name not in self._actions:
            self._actions[action_name] = _recorder(action_name)
        return self._actions[action_name]

    def _run(self) -> None:  # no timer threads: actions complete inside assert_facts
        return None


# The C extension keeps process-wide state and has no locks: every call into it, on any host,
# holds this one lock (a second host built in another thread must not race an evaluation).
_DURABLE_LOCK = threading.RLock()


class RulesEngine:
    """Compiled rulesets for every plan type of one knowledge base, on one host."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self._lock = _DURABLE_LOCK
        with self._lock:
            self._init(kb)

    def _init(self, kb: KnowledgeBase) -> None:
        self._host = _Host()
        self._counter = itertools.count()
        self._instance = uuid.uuid4().hex[:8]
        self.rulesets: dict[str, CompiledRuleset] = {}
        for pt in sorted(kb.plan_types):
            rs = compile_ruleset(kb, pt, suffix=f"_{self._instance}")
            self._host.set_rulesets(rs.fresh_definition())
            self.rulesets[pt] = rs

    @staticmethod
    def _encode(rs: CompiledRuleset, facts: dict[str, Fact], sid: str) -> list[dict[str, Any]]:
        """One fact per item, holding the properties its rules test (see rules.compile.prop)."""
        out = []
        for item_id in sorted(rs.item_facts):
            fact: dict[str, Any] = {"id": f"{item_id}-{sid}", "sid": sid, "_fact": 1, "item": item_id}
            for name in sorted(rs.item_facts[item_id]):
                f = facts.get(name) or Fact(name)
                kinds = rs.properties.get(name, frozenset())
                v = f.engine_value()
                if "p" in kinds:
                    fact[prop(name, "p")] = f.present
                if "s" in kinds:
                    fact[prop(name, "s")] = f.stated
                if "v" in kinds and v is not None:
                    fact[prop(name, "v")] = v
                if "b" in kinds and isinstance(v, bool):
                    fact[prop(name, "b")] = v
                if "num" in kinds and isinstance(v, int | float) and not isinstance(v, bool):
                    fact[prop(name, "num")] = v
            out.append(fact)
        return out

    def fired(self, plan_type: str, facts: dict[str, Fact]) -> set[str]:
        """Assert the facts in a fresh session and return the keys of the rules that fired."""
        rs = self.rulesets[plan_type]
        encoded = self._encode(rs, facts, "")
        if not encoded:  # durable-rules crashes on an empty batch
            return set()
        with self._lock:
            sid = f"{self._instance}-{next(self._counter)}"
            try:
                for f in encoded:
                    f["sid"] = sid
                    f["id"] = f"{f['item']}-{sid}"
                self._host.assert_facts(rs.name, encoded)
                state = self._host.get_state(rs.name, sid)
            finally:
                # the state may not exist if asserting failed early
                with contextlib.suppress(Exception):
                    self._host.delete_state(rs.name, sid)
        if "exception" in state:
            raise RuntimeError(f"rule action failed: {state['exception']}")
        return {k for k, v in state.items() if k.startswith("r") and k[1:].isdigit() and v == 1}


# keyed by id(kb); the kb itself is kept so its id cannot be reused by another object
_ENGINES: dict[int, tuple[KnowledgeBase, RulesEngine]] = {}
_ENGINES_LOCK = threading.Lock()


def get_engine(kb: KnowledgeBase) -> RulesEngine:
    """The process's engine for this knowledge base (rulesets cannot be replaced once registered)."""
    with _ENGINES_LOCK:
        entry = _ENGINES.get(id(kb))
        if entry is None:
            entry = (kb, RulesEngine(kb))
            _ENGINES[id(kb)] = entry
        return entry[1]
