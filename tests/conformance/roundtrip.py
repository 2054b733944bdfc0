#!/usr/bin/env python3
"""Round-trip conformance, the Python half (tests/conformance/main.rs builds the Rust half
and runs this once per spec).

For each type in the spec's manifest: translate its schema to JSON Schema (translate.py),
draw instances with hypothesis-jsonschema (seeded, bounded), have the dispatch binary
decode and re-encode each as the generated type, validate the re-encoding with jsonschema,
and compare it with the instance (compare.py). Then hold the failures against
known-failures.txt: a failure not listed, or a listed one that no longer happens, fails.

usage:
  roundtrip.py run --manifest M.json --dispatch BIN --known FILE --results OUT.json
  roundtrip.py bless --known FILE RESULTS.json...   (rewrite FILE from runs' results)
  roundtrip.py check    (exit 0 when the pinned packages are installed, else 2)

Environment: CLIENTGEN_CONFORMANCE_EXAMPLES (instances per schema, default 20),
CLIENTGEN_CONFORMANCE_SEED (default 0), CLIENTGEN_CONFORMANCE_VERBOSE=1 (details of known
failures too), CLIENTGEN_CONFORMANCE_BLESS=1 (report, but do not fail),
CLIENTGEN_CONFORMANCE_PY (the pinned packages are in its site-packages/; tests/run installs
them there; default ~/.cache/clientgen-ci/conformance-py) and
CLIENTGEN_CONFORMANCE_CACHE (where drawn instances are kept, default
~/.cache/clientgen-ci/conformance-instances; `0`: not kept).
"""

from __future__ import annotations

import argparse
import hashlib
import inspect
import json
import os
import re
import signal
import subprocess
import sys
import time
import warnings
import zlib
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
# The pinned packages live in a `site-packages` directory of their own: hypothesis draws
# constants from the source of modules it takes for the project's own ("local"), and it
# tells third-party ones by that path segment.
DEPS = Path(os.environ.get("CLIENTGEN_CONFORMANCE_PY") or Path.home() / ".cache/clientgen-ci/conformance-py") / "site-packages"
sys.path.insert(0, str(DEPS))
sys.path.insert(0, str(HERE))


def check_requirements() -> None:
    """The pinned versions, or exit 2 saying how to install them: other versions of
    hypothesis draw other instances, and known-failures.txt would not match."""
    wrong = []
    for line in (HERE / "requirements.txt").read_text().splitlines():
        line = line.split("#")[0].strip()
        if "==" not in line:
            continue
        name, want = line.split("==")
        try:
            have = metadata.version(name)
        except metadata.PackageNotFoundError:
            have = "missing"
        if have != want:
            wrong.append(f"{name} {have} (want {want})")
    if wrong:
        print(
            f"conformance: Python packages not as pinned in {HERE / 'requirements.txt'}: "
            f"{', '.join(wrong)}.\ntests/run installs them; or: python3 -m pip install --target {DEPS} "
            f"-r tests/conformance/requirements.txt",
            file=sys.stderr,
        )
        sys.exit(2)


check_requirements()

import hypothesis  # noqa: E402  (after the check: the pinned versions)
import hypothesis_jsonschema._from_schema as hjs  # noqa: E402
import jsonschema  # noqa: E402
from compare import Comparer, short  # noqa: E402
from hypothesis import HealthCheck, Phase, Verbosity  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from hypothesis.errors import InvalidArgument, Unsatisfiable  # noqa: E402
from hypothesis_jsonschema import from_schema  # noqa: E402
from translate import TooLarge, Translator  # noqa: E402

Json = Any
EXAMPLES = int(os.environ.get("CLIENTGEN_CONFORMANCE_EXAMPLES") or 20)
SEED = int(os.environ.get("CLIENTGEN_CONFORMANCE_SEED") or 0)
DEFAULTS = EXAMPLES == 20 and SEED == 0
VERBOSE = os.environ.get("CLIENTGEN_CONFORMANCE_VERBOSE", "0") not in ("", "0")
BLESS = os.environ.get("CLIENTGEN_CONFORMANCE_BLESS", "0") not in ("", "0")
# A safety net for pathological schemas, far above what any test spec's schema takes (the
# slowest, Jellyfin's WebSocketMessage, about 20 s).
GENERATION_TIMEOUT = 120
CUSTOM_FORMATS = {"uuid": st.uuids().map(str)}
CHECKER = jsonschema.FormatChecker(formats=("date-time", "date", "uuid"))
_cache_setting = os.environ.get("CLIENTGEN_CONFORMANCE_CACHE", "")
CACHE: Path | None = (
    None
    if _cache_setting == "0"
    else Path(_cache_setting or Path.home() / ".cache/clientgen-ci/conformance-instances")
)

# Root causes, in the order known-failures.txt lists them, with what each means.
ROOT_CAUSES: dict[str, str] = {
    "unknown-properties": "an open object (no `additionalProperties: false`) drops properties its schema does not name (the generator keeps them in `additional_properties`)",
    "nullable": "null and absent are not kept apart, or null does not decode",
    "read-write-only": "a readOnly or writeOnly property listed in `required` is needed in both directions: a response without the writeOnly one (or a request without the readOnly one) does not decode",
    "discriminator": "oneOf/anyOf with a discriminator: a tag value the spec maps is not one the type decodes (it would be `Other`), or the tag property is missing or added",
    "integer-format": "integers of the format's range do not decode or come back different",
    "number": "numbers that do not come back as the same number",
    "date-time": "date-time values that do not come back as the same instant (or as RFC 3339)",
    "union": "oneOf/anyOf without a discriminator (untagged): a valid instance matches no variant",
    "dropped": "a property the schema names is missing from the re-encoding (e.g. a union decoded as the wrong variant)",
    "added": "the re-encoding has a property the instance had not",
    "changed": "a value comes back different (e.g. a discriminator value the mapping gives a schema that another value names first: encoded as that first value, as the generation warning says)",
    "decode": "other decode errors",
    "encode": "encoding errors",
    "panic": "panics while decoding or encoding",
    "invalid": "the re-encoding equals the instance (as normalised) but is not valid against the schema",
}


# hypothesis-jsonschema builds the strategy of an object's property again (merging and
# canonicalising its schema) each time it draws one: for the large nested schemas of the
# vendor documents that is most of the time. Reusing what was built for the same schema
# objects draws the same instances, several times faster. (Pinned version: requirements.txt.)
_strategies: dict[tuple[Any, ...], tuple[Any, Any]] = {}


def _memoised(name: str) -> None:
    build = getattr(hjs, name)

    def cached(schema: Any, *, alphabet: Any, custom_formats: Any) -> Any:
        # merged_as_strategies takes a new list of the same schemas each time.
        parts = schema if isinstance(schema, list) else [schema]
        key = (name, *map(id, parts), id(alphabet), id(custom_formats))
        if key not in _strategies:
            built = build(schema, alphabet=alphabet, custom_formats=custom_formats)
            _strategies[key] = ((parts, alphabet, custom_formats), built)  # keeps the ids alive
        return _strategies[key][1]

    setattr(hjs, name, cached)


_memoised("merged_as_strategies")
_memoised("__from_schema")


def instances_of(schema: dict[str, Any]) -> list[Json]:
    """`draw`, seeded by the schema itself (a schema that recurs, in another spec or at
    another pointer, gets the same instances), through the cache: the instances depend only
    on the generation schema, the drawing code, the pinned packages and the settings
    (`CACHE_KEY`), so they are kept by a hash of those, and a run whose specs did not change
    skips the generator. Raises `Unsatisfied` when no instance can be drawn."""
    text = json.dumps(schema, sort_keys=True)
    key = hashlib.sha256(f"{CACHE_KEY}\n{text}".encode()).hexdigest()
    path = CACHE / key[:2] / f"{key}.json" if CACHE else None
    entry: dict[str, Any]
    if path is not None and path.is_file():
        entry = json.loads(path.read_text())
        if "error" in entry:
            raise Unsatisfied(entry["error"])
        instances: list[Json] = entry["instances"]
        return instances
    try:
        entry = {"instances": draw(schema, zlib.crc32(text.encode()) ^ SEED)}
    except Unsatisfiable as e:
        impossible = "empty strategy" in str(e) or "every possible input" in str(e)
        entry = {
            "error": "no instance exists (a required recursion, or allOf parts that contradict?)"
            if impossible
            else "none of hypothesis's tries was valid (oneOf branches that overlap, or allOf parts that contradict?)"
        }
    except InvalidArgument as e:
        entry = {"error": f"{type(e).__name__}: {one_line(str(e), 120)}"}
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(entry))
        tmp.replace(path)
    if "error" in entry:
        raise Unsatisfied(entry["error"])
    instances = entry["instances"]
    return instances


class Unsatisfied(Exception):
    """The instance generator cannot produce an instance of the schema (and says why)."""


class Timeout(Exception):
    """Drawing took longer than GENERATION_TIMEOUT (not cached: it depends on the machine)."""


def draw(schema: dict[str, Any], seed: int) -> list[Json]:
    """Up to EXAMPLES distinct instances of `schema`, the same ones for the same seed."""
    _strategies.clear()
    found: list[Json] = []
    strategy = from_schema(schema, custom_formats=CUSTOM_FORMATS)

    @hypothesis.seed(seed)
    @hypothesis.settings(
        max_examples=EXAMPLES,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
        verbosity=Verbosity.quiet,
    )
    @hypothesis.given(strategy)
    def collect(value: Json) -> None:
        found.append(value)

    def on_alarm(_signum: int, _frame: Any) -> None:
        raise Timeout(f"instance generation took over {GENERATION_TIMEOUT} s")

    signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(GENERATION_TIMEOUT)
    try:
        collect()
    finally:
        signal.alarm(0)
    unique: dict[str, Json] = {}
    for value in found:
        unique.setdefault(json.dumps(value, sort_keys=True), value)
    return list(unique.values())


# What drawn instances depend on besides the generation schema (`instances_of`). Bump the
# version when something else they depend on changes.
CACHE_KEY = "\n".join(
    [
        "version 2 (pinned packages in a site-packages directory)",
        "".join(inspect.getsource(f) for f in (instances_of, draw, _memoised)) + repr(CUSTOM_FORMATS),
        f"hypothesis {hypothesis.__version__}",
        f"hypothesis-jsonschema {metadata.version('hypothesis-jsonschema')}",
        f"examples {EXAMPLES} seed {SEED}",
    ]
)


@dataclass
class Failure:
    kind: str
    instance: Json
    reencoding: str | None
    detail: str
    brief: str  # without the instance's values, for known-failures.txt
    count: int = 1


@dataclass
class TypeResult:
    pointer: str  # in the converted (OpenAPI 3.0) document
    original: str  # in the file as written: what reports and known-failures.txt use
    rust: str
    instances: int = 0
    passed: int = 0
    failed: int = 0
    skipped: str | None = None
    failures: dict[str, Failure] = field(default_factory=dict)


def classify_decode(message: str, translator: Translator) -> str:
    """The root cause a serde error message points at."""
    missing = re.search(r"missing field `([^`]*)`", message)
    if "unknown variant" in message or (missing and missing.group(1) in translator.discriminators):
        return "discriminator"
    if missing and missing.group(1) in translator.read_write_only:
        return "read-write-only"
    if "invalid type: null" in message:
        return "nullable"
    if re.search(r"expected [iu](8|16|32|64|128)\b|invalid value: integer|number out of range", message):
        return "integer-format"
    if "did not match any variant of untagged enum" in message:
        return "union"
    return "decode"


def one_line(text: str, limit: int = 160) -> str:
    text = re.sub(r"\s+", " ", text.replace("|", "/")).strip()
    text = re.sub(r" at line \d+ column \d+$", "", text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def read_known(path: Path) -> dict[tuple[str, str, str], str]:
    known: dict[tuple[str, str, str], str] = {}
    for line in path.read_text().splitlines() if path.exists() else []:
        if not line.strip() or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split(" | ", 3)]
        if len(parts) < 3:
            raise SystemExit(f"{path}: not `spec | pointer | kind | reason`: {line}")
        known[(parts[0], parts[1], parts[2])] = parts[3] if len(parts) > 3 else ""
    return known


def run(args: argparse.Namespace) -> int:
    started = time.monotonic()
    warnings.simplefilter("ignore")
    manifest = json.loads(Path(args.manifest).read_text())
    label: str = manifest["label"]
    translator = Translator(manifest["document"])
    results: list[TypeResult] = []
    batch: list[tuple[TypeResult, Json, Any, Comparer]] = []
    for t in manifest["types"]:
        result = TypeResult(t["pointer"], t["original"], t["rust"])
        results.append(result)
        schema = translator.schema_for(t["pointer"])
        validator = jsonschema.Draft7Validator(schema, format_checker=CHECKER)
        try:
            instances = instances_of(Translator.generation_schema(schema))
        except (TooLarge, Timeout) as e:
            result.skipped = str(e)
            continue
        except Unsatisfied as e:
            result.skipped = f"instance generator: {e}"
            continue
        except Exception as e:  # the generator cannot express the schema: say why
            result.skipped = f"instance generator: {type(e).__name__}: {one_line(str(e), 120)}"
            continue
        valid = [i for i in instances if validator.is_valid(i)]
        if not valid:
            result.skipped = "the instance generator produced no valid instance" if instances else "no instance can be generated (unsatisfiable schema)"
            continue
        comparer = Comparer(schema, translator.discriminators)
        batch.extend((result, instance, validator, comparer) for instance in valid)

    lines = "".join(
        f"{r.rust}\t{json.dumps(i, ensure_ascii=False, separators=(',', ':'))}\n" for r, i, _, _ in batch
    )
    proc = subprocess.run(
        [args.dispatch, manifest["module"]], input=lines, capture_output=True, text=True, check=False
    )
    replies = proc.stdout.split("\n")[:-1]  # not splitlines(): strings may hold U+2028
    if proc.returncode != 0 or len(replies) != len(batch):
        print(f"{label}: the dispatch binary failed (exit {proc.returncode}, {len(replies)} of {len(batch)} replies):\n{proc.stderr}")
        return 2
    for (result, instance, validator, comparer), line in zip(batch, replies):
        evaluate(result, instance, json.loads(line), validator, comparer, translator)
    results.extend(check_tags(manifest, translator, results))

    return report(args, label, manifest, results, sorted(translator.notes), time.monotonic() - started)


def check_tags(manifest: dict[str, Any], translator: Translator, results: list[TypeResult]) -> list[TypeResult]:
    """Each discriminated union must decode every tag value the spec gives its variants
    (`Translator.tag_values`): one it does not list decodes as `Other`, kept as sent, which
    the round trip cannot tell from success. A mismatch is a `discriminator` failure of the
    union's schema (a result of its own unless the union is tested at its pointer)."""
    by_pointer = {r.pointer: r for r in results}
    extra: list[TypeResult] = []
    for union in manifest.get("tagged_unions", []):
        expected = translator.tag_values(union["pointer"])
        missing = [tag for tag in expected if tag not in union["tags"]]
        if not missing:
            continue
        result = by_pointer.get(union["pointer"])
        if result is None:
            result = TypeResult(union["pointer"], union["original"], union["rust"])
            by_pointer[union["pointer"]] = result
            extra.append(result)
        detail = (
            f"`{union['property']}` values the spec maps that {union['rust']} does not decode "
            f"(they would be `Other`): {', '.join(missing)}; it decodes {', '.join(union['tags'])}"
        )
        result.failures["discriminator"] = Failure("discriminator", None, None, detail, detail)
    return extra


def evaluate(result: TypeResult, instance: Json, reply: dict[str, str], validator: Any, comparer: Comparer, translator: Translator) -> None:
    result.instances += 1
    kinds: list[str]
    reencoding: str | None = None
    if "ok" in reply:
        reencoding = reply["ok"]
        after = json.loads(reencoding)
        differences = comparer.diff(instance, after)
        error = jsonschema.exceptions.best_match(validator.iter_errors(after))
        if not differences and error is None:
            result.passed += 1
            return
        kinds = sorted({d.kind for d in differences}) or ["invalid"]
        parts = [f"differs at {d}" for d in differences[:3]]
        if len(differences) > 3:
            parts.append(f"and {len(differences) - 3} more differences")
        if error is not None:
            where = "/" + "/".join(str(p) for p in error.absolute_path)
            parts.append(f"re-encoding invalid at {where}: {one_line(error.message, 120)}")
        detail = "; ".join(parts)
        briefs = {kind: next((d.brief() for d in differences if d.kind == kind), detail) for kind in kinds}
    elif "unknown" in reply:
        raise SystemExit(f"the dispatch binary does not know type {result.rust}")
    else:
        stage, message = next(iter(reply.items()))
        kinds = [classify_decode(message, translator) if stage == "decode" else stage]
        detail = f"{stage} error: {message}"
        briefs = {kinds[0]: detail}
    result.failed += 1
    for kind in kinds:
        if kind in result.failures:
            result.failures[kind].count += 1
        else:
            result.failures[kind] = Failure(kind, instance, reencoding, detail, briefs[kind])


def report(
    args: argparse.Namespace,
    label: str,
    manifest: dict[str, Any],
    results: list[TypeResult],
    notes: list[str],
    seconds: float,
) -> int:
    known = read_known(Path(args.known))
    mine = {(p, k): r for (s, p, k), r in known.items() if s == label}
    found = {(r.original, kind): (r, f) for r in results for kind, f in r.failures.items()}
    new = [key for key in found if key not in mine]
    stale = [key for key in mine if key not in found]
    warned = [
        r for r in results if r.failures and any(f"(at {r.original[1:]}" in w for w in manifest["warnings"])
    ]
    failing = [r for r in results if r.failures]
    skipped = [r for r in results if r.skipped]
    instances = sum(r.instances for r in results)
    out: list[str] = [
        (
            f"{label}: {len(results)} schemas, {instances} instances: {sum(r.passed for r in results)} passed, "
            f"{sum(r.failed for r in results)} failed ({len(failing)} schemas: {len(found) - len(new)} known, "
            f"{len(new)} new; {len(warned)} announced by a warning), {len(skipped)} schemas skipped; {seconds:.1f} s"
        )
    ]
    for r in skipped:
        out.append(f"  skipped {r.original} ({r.rust}): {r.skipped}")
    for note in notes:
        out.append(f"  translation: {note}")
    for (pointer, kind), (r, f) in sorted(found.items(), key=lambda x: x[0]):
        is_new = (pointer, kind) in new
        if not (is_new or VERBOSE):
            continue
        out.append(
            f"  {'NEW FAILURE' if is_new else 'known failure'}: {label} {pointer} ({r.rust}) [{kind}] "
            + (f"in {f.count} of {r.instances} instances" if f.instance is not None else "by the spec's mapping")
        )
        if f.instance is not None:
            out.append(f"      instance:    {short(f.instance, 300)}")
        if f.reencoding is not None:
            out.append(f"      re-encoding: {short(json.loads(f.reencoding), 300)}")
        out.append(f"      {f.detail}")
        if is_new:
            out.append(f"      (if expected, add: {label} | {pointer} | {kind} | {reason(f)})")
    # A failure the generator knows it has is one it announces: a warning naming the
    # schema's pointer (or one inside it), which the README's known limitations explain.
    unannounced = [r for r in failing if r not in warned]
    for r in unannounced:
        out.append(
            f"  UNANNOUNCED: {label} {r.original} ({r.rust}) fails ({', '.join(sorted(r.failures))}) "
            f"and no generation warning names it (or a pointer inside it): fix it, or warn"
        )
    for pointer, kind in sorted(stale):
        out.append(
            f"  {'FIXED' if DEFAULTS else 'not reproduced'}: {label} | {pointer} | {kind} no longer fails"
            + (": remove it from known-failures.txt" if DEFAULTS else f" (with examples={EXAMPLES} seed={SEED})")
        )
    if found and not VERBOSE:
        by_kind: dict[str, int] = {}
        for _, kind in found:
            by_kind[kind] = by_kind.get(kind, 0) + 1
        out.append("  failing schemas by kind: " + ", ".join(f"{k} {n}" for k, n in sorted(by_kind.items())))
    print("\n".join(out))
    Path(args.results).write_text(
        json.dumps(
            {
                "label": label,
                "summary": out[0],
                "counts": {
                    "schemas": len(results),
                    "instances": instances,
                    "passed": sum(r.passed for r in results),
                    "failed": sum(r.failed for r in results),
                    "failing schemas": len(failing),
                    "new": len(new),
                    "unannounced": len(unannounced),
                    "fixed": len(stale),
                    "skipped schemas": len(skipped),
                },
                "failures": [
                    {"pointer": p, "kind": k, "reason": reason(f)} for (p, k), (_, f) in sorted(found.items())
                ],
            },
            indent=1,
        )
    )
    if BLESS:
        return 0
    return 1 if new or unannounced or (stale and DEFAULTS) else 0


def reason(f: Failure) -> str:
    return one_line(f.brief, 140)


def bless(args: argparse.Namespace) -> int:
    """Rewrite the known-failures file: the given runs' failures replace their specs' lines."""
    path = Path(args.known)
    known = read_known(path)
    runs = [json.loads(Path(r).read_text()) for r in args.results]
    ran = {r["label"] for r in runs}
    entries = {key: why for key, why in known.items() if key[0] not in ran}
    for r in runs:
        for f in r["failures"]:
            entries[(r["label"], f["pointer"], f["kind"])] = f["reason"]
    text = [
        "# Round-trip conformance failures the generator is known to have (tests/conformance/,",
        "# README.md \"Round-trip conformance\"). One line a failing schema and root cause:",
        "#   spec | schema JSON pointer (in the file as written) | kind | what goes wrong",
        "# A failure not listed here fails the test, and so does a line that no longer fails:",
        "# delete it. Regenerate from a run with CLIENTGEN_CONFORMANCE_BLESS=1 cargo test --test",
        "# conformance (lines of specs that did not run are kept).",
    ]
    kinds = list(ROOT_CAUSES) + sorted({k for _, _, k in entries} - set(ROOT_CAUSES))
    for kind in kinds:
        group = sorted((s, p) for s, p, k in entries if k == kind)
        if not group:
            continue
        text.append("")
        text.append(f"## {kind} ({len(group)}): {ROOT_CAUSES.get(kind, '')}")
        text.extend(f"{s} | {p} | {kind} | {entries[(s, p, kind)]}" for s, p in group)
    path.write_text("\n".join(text) + "\n")
    print(f"{path}: {len(entries)} known failures")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    r = sub.add_parser("run")
    r.add_argument("--manifest", required=True)
    r.add_argument("--dispatch", required=True)
    r.add_argument("--known", required=True)
    r.add_argument("--results", required=True)
    b = sub.add_parser("bless")
    b.add_argument("--known", required=True)
    b.add_argument("results", nargs="*")
    sub.add_parser("check", help="exit 0 when the pinned packages are installed (else 2)")
    args = parser.parse_args()
    if args.command == "check":
        return 0
    return run(args) if args.command == "run" else bless(args)


if __name__ == "__main__":
    sys.exit(main())
