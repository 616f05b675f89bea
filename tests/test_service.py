"""The HTTP service answers as the command line does, with problem+json errors naming the field."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import redirect_stdout
from pathlib import Path

import jsonschema
import pytest
from fastapi.testclient import TestClient
from served import running_server

import treatyrules
from treatyrules import cli
from treatyrules.schemas import scenario_schema, verdict_schema
from treatyrules.service import Settings, create_app

ROOT = Path(__file__).parent.parent
EXAMPLES = ROOT / "examples"
PROBLEM = "application/problem+json"


def example(name: str) -> dict:
    return json.loads((EXAMPLES / name).read_text())


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app(), raise_server_exceptions=False)


def command(*argv: str):
    out = io.StringIO()
    with redirect_stdout(out):
        assert cli.main(list(argv)) == 0
    return json.loads(out.getvalue())


def test_poland_s_verdict_is_the_library_s(client):
    r = client.post("/v1/evaluate", json={"scenario": example("poland-2025.json")})
    assert r.status_code == 200
    assert r.json() == treatyrules.evaluate(example("poland-2025.json")).model_dump(mode="json")
    assert r.json()["status"] == "withdrawn"


def test_the_request_s_date_and_reading_are_applied(client):
    body = {
        "scenario": example("hypothetical-receipt-31-august.json"),
        "as_of": "2026-03-01",
        "interpretation": {"month_end": "roll_forward"},
    }
    v = client.post("/v1/evaluate", json=body).json()
    assert v["as_of"] == "2026-03-01"
    assert v["interpretations"]["month_end"] == "roll_forward"
    assert v["withdrawal"]["effective_date"] == "2026-03-01"


def test_a_batch_answers_in_order(client):
    names = ["poland-2025.json", "ukraine-claimed-suspension-2025.json"]
    r = client.post("/v1/evaluate/batch", json={"scenarios": [example(n) for n in names]})
    assert [v["status"] for v in r.json()["verdicts"]] == ["withdrawn", "party"]


def test_a_bad_date_is_a_problem_naming_the_field_path(client):
    scenario = example("poland-2025.json")
    scenario["events"][2]["date"] = "2025-02-30"
    r = client.post("/v1/evaluate", json={"scenario": scenario})
    assert r.status_code == 422
    assert r.headers["content-type"] == PROBLEM
    problem = r.json()
    assert problem["status"] == 422 and problem["title"] == "Invalid input"
    assert problem["errors"] == [
        {
            "field": "scenario.events[2].date",
            "detail": "expected a calendar date written YYYY-MM-DD, got '2025-02-30'",
        }
    ]


def test_a_bad_item_of_a_batch_is_named_by_its_index(client):
    bad = {"treaty": "APMBC", "state": "POL", "colour": "red"}
    r = client.post("/v1/evaluate/batch", json={"scenarios": [example("poland-2025.json"), bad]})
    assert r.status_code == 422
    assert r.json()["errors"][0]["field"] == "scenarios[1].colour"


def test_malformed_json_is_a_400_problem(client):
    r = client.post(
        "/v1/evaluate", content=b'{"scenario": ', headers={"content-type": "application/json"}
    )
    assert (r.status_code, r.headers["content-type"]) == (400, PROBLEM)
    assert r.json()["title"] == "Malformed JSON"


def test_an_unknown_reading_and_an_unbundled_treaty_are_problems(client):
    r = client.post(
        "/v1/evaluate",
        json={"scenario": example("poland-2025.json"), "interpretation": {"nope": "x"}},
    )
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "interpretation.nope"
    r = client.get("/v1/status", params={"treaty": "NPT"})
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "treaty"


def test_an_unknown_route_is_a_404_problem(client):
    r = client.get("/v1/nowhere")
    assert (r.status_code, r.headers["content-type"]) == (404, PROBLEM)


def test_the_body_and_batch_limits_are_enforced():
    small = TestClient(create_app(Settings(max_body=2000, max_batch=2)))
    poland = example("poland-2025.json")
    r = small.post("/v1/evaluate", json={"scenario": poland, "as_of": None, "pad": "x" * 3000})
    assert (r.status_code, r.headers["content-type"]) == (413, PROBLEM)
    r = small.post(
        "/v1/evaluate/batch", json={"scenarios": [{"treaty": "APMBC", "state": "POL"}] * 3}
    )
    assert r.status_code == 422
    assert r.json()["errors"] == [
        {"field": "scenarios", "detail": "at most 2 scenarios in one request, got 3"}
    ]


def test_status_is_the_command_s_json(client):
    r = client.get("/v1/status", params={"state": ["POL", "UKR", "USA"], "on": "2026-03-01"})
    assert r.json() == command(
        "status", "POL", "UKR", "USA", "--on", "2026-03-01", "--format", "json"
    )


def test_a_bad_state_in_the_query_is_named(client):
    r = client.get("/v1/status", params={"state": ["POL", "QQQ"]})
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "state[1]"


def test_states_are_taken_by_name_or_code_in_any_case_as_on_the_command_line(client):
    r = client.get("/v1/status", params={"state": ["poland", "Ukraine", "usa"], "on": "2026-03-01"})
    assert r.json() == command(
        "status", "POL", "UKR", "USA", "--on", "2026-03-01", "--format", "json"
    )
    near = client.get("/v1/status", params={"state": ["Polnd"]})
    assert near.status_code == 422
    assert "did you mean Poland (POL)?" in near.json()["errors"][0]["detail"]


def test_the_timeline_is_the_command_s_json_and_draws_as_svg(client):
    r = client.get("/v1/timeline", params={"state": ["POL", "UKR"]})
    assert r.json() == command("timeline", "POL", "UKR", "--format", "json")
    svg = client.get("/v1/timeline", params={"state": "POL", "format": "svg"})
    assert svg.headers["content-type"].startswith("image/svg+xml")
    assert 'data-state="POL"' in svg.text


def test_a_hypothetical_war_changes_poland_s_timeline(client):
    war = {"name": "w", "parties": ["POL", "XZZ"], "kind": "international", "start": "2025-09-01"}
    r = client.post(
        "/v1/timeline", json={"states": ["POL"], "amend": [{"state": "POL", "conflicts": [war]}]}
    )
    last = r.json()["states"][0]["intervals"][-1]
    assert last == {"status": "withdrawal_deferred", "start": "2026-02-20", "end": None}


def test_sensitivity_and_what_if_are_the_library_s(client):
    at_war = example("hypothetical-ukraine-withdrawal-at-war.json")
    r = client.post("/v1/sensitivity", json={"scenario": at_war})
    assert r.json() == treatyrules.sensitivity(at_war).model_dump(mode="json")
    name = at_war["conflicts"][0]["name"]
    r = client.post(
        "/v1/what-if/conflict-ends",
        json={"scenario": at_war, "conflict": name, "day": "2027-03-01"},
    )
    assert r.json()["day"] == "2027-03-01"
    r = client.post("/v1/what-if/earliest", json={"scenario": at_war})
    assert r.json()["day"] == str(treatyrules.what_if.earliest_effect(at_war).day)
    flips = client.post("/v1/what-if/flips", json={"scenario": at_war}).json()
    assert [f["change"] for f in flips] == [f.change for f in treatyrules.what_if.flips(at_war)]


def test_rules_schemas_states_records_and_version(client):
    assert client.get("/v1/rules", params={"treaty": "APMBC"}).json() == command(
        "rules", "--treaty", "APMBC", "--format", "json"
    )
    points = client.get("/v1/rules", params={"interpretations": True}).json()
    assert points == command("rules", "--interpretations", "--format", "json")
    assert client.get("/v1/rules", params={"exceptions": True}).json() == command(
        "rules", "--exceptions", "--format", "json"
    )
    assert client.get("/v1/schemas/scenario").json() == scenario_schema()
    assert client.get("/v1/schemas/verdict").json() == verdict_schema()
    states = {s["code"]: s for s in client.get("/v1/states").json()["states"]}
    assert states["POL"] == {"code": "POL", "name": "Poland", "record": True}
    assert states["USA"]["record"] is False
    pol = client.get("/v1/records/POL").json()
    kinds = [e["kind"] for e in pol["events"]]
    assert kinds == ["signature", "ratification", "withdrawal"]
    # Art. 4 completed in April 2016, a month with no day for an event: the note says so.
    assert "Art. 4 completed in 2016-04" in pol["note"]
    assert client.get("/v1/version").json()["version"] == treatyrules.__version__


def test_cors_is_off_unless_an_origin_is_allowed(client):
    headers = {"Origin": "https://newsroom.example"}
    assert "access-control-allow-origin" not in client.get("/v1/version", headers=headers).headers
    allowed = TestClient(create_app(Settings(cors_origins=("https://newsroom.example",))))
    r = allowed.get("/v1/version", headers=headers)
    assert r.headers["access-control-allow-origin"] == "https://newsroom.example"


def test_the_page_and_its_assets_are_served_with_a_policy_that_allows_this_server_alone(client):
    r = client.get("/")
    assert r.status_code == 200 and '<label for="state">' in r.text
    assert "default-src 'self'" in r.headers["content-security-policy"]
    for name, media in (("page.js", "text/javascript"), ("page.css", "text/css")):
        asset = client.get(f"/page/{name}")
        assert asset.headers["content-type"].startswith(media)
        assert "http://" not in asset.text and "https://" not in asset.text  # no CDN
    assert client.get("/page/secret.py").status_code == 404


def test_the_interactive_docs_are_left_out_rather_than_loaded_from_a_cdn(client):
    assert client.get("/docs").status_code == 404
    assert client.get("/redoc").status_code == 404


# --- OpenAPI ---------------------------------------------------------------------------


def test_the_published_openapi_document_is_the_app_s(client):
    published = json.loads((ROOT / "docs" / "reference" / "openapi.json").read_text())
    assert client.get("/openapi.json").json() == published


def test_the_openapi_document_describes_every_endpoint_with_the_contract_models(client):
    doc = client.get("/openapi.json").json()
    assert doc["openapi"].startswith("3.1")
    assert set(doc["paths"]) == {
        "/v1/version",
        "/v1/schemas/{name}",
        "/v1/rules",
        "/v1/states",
        "/v1/records/{state}",
        "/v1/status",
        "/v1/timeline",
        "/v1/evaluate",
        "/v1/evaluate/batch",
        "/v1/sensitivity",
        "/v1/what-if/conflict-ends",
        "/v1/what-if/earliest",
        "/v1/what-if/flips",
    }
    schemas = doc["components"]["schemas"]
    assert {"Scenario-Input", "Verdict", "StatusReport", "ProblemDetails"} <= set(schemas)
    assert "HTTPValidationError" not in schemas  # every error is documented as a problem
    # OpenAPI 3.1 schemas are JSON Schema 2020-12: each component is a valid schema.
    for schema in schemas.values():
        jsonschema.Draft202012Validator.check_schema(schema)


def test_the_command_binds_to_this_machine_alone_by_default():
    args = cli.build_parser().parse_args(["serve"])
    assert (args.host, args.port, args.workers, args.cors_origin) == ("127.0.0.1", 8000, 1, [])


# --- a real server, called from outside Python -----------------------------------------


@pytest.fixture(scope="module")
def served() -> Iterator[str]:
    with running_server() as port:
        yield f"http://127.0.0.1:{port}"


def test_node_calls_the_served_api(served):
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed: the API was not called from outside Python")
    script = f"""
    const body = {json.dumps({"scenario": example("poland-2025.json")})};
    fetch("{served}/v1/evaluate", {{method: "POST", headers: {{"content-type": "application/json"}},
      body: JSON.stringify(body)}})
      .then(r => r.json()).then(v => console.log(v.status, v.withdrawal.effective_date))
      .then(() => fetch("{served}/v1/status?state=POL&state=nope"))
      .then(r => r.json().then(p => console.log(r.status, r.headers.get("content-type"), p.errors[0].field)));
    """
    done = subprocess.run(
        [node, "-e", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.stdout.splitlines() == [
        "withdrawn 2026-02-20",
        "422 application/problem+json state[1]",
    ], done.stderr


def test_a_bare_scenario_posted_for_evaluation_is_told_to_wrap_it_not_that_its_fields_are_unknown(
    client,
):
    doc = {
        "treaty": "APMBC",
        "state": "POL",
        "events": [{"kind": "accession", "date": "2012-12-27"}],
    }
    r = client.post("/v1/evaluate", json=doc)
    assert r.status_code == 422
    assert r.json()["errors"] == [
        {
            "field": "scenario",
            "detail": 'required: the body wraps the scenario as {"scenario": {...}}; this one is a'
            " bare scenario",
        }
    ]
    many = client.post("/v1/evaluate/batch", json=doc)
    assert many.json()["errors"][0]["field"] == "scenarios"
    assert '{"scenarios": [{...}, ...]}' in many.json()["errors"][0]["detail"]


def test_an_unknown_field_of_the_request_body_is_not_called_a_scenario_field(client):
    doc = {
        "treaty": "APMBC",
        "state": "POL",
        "events": [{"kind": "accession", "date": "2012-12-27"}],
    }
    r = client.post("/v1/evaluate", json={"scenario": doc, "on": "2026-03-01"})
    assert r.status_code == 422
    assert r.json()["errors"] == [
        {
            "field": "on",
            "detail": "unknown field of the request body (its fields: GET /openapi.json)",
        }
    ]
    inside = client.post("/v1/evaluate", json={"scenario": {**doc, "on": "2026-03-01"}})
    assert inside.json()["errors"] == [
        {"field": "scenario.on", "detail": "unknown field (not in the Scenario JSON v1 contract)"}
    ]


def test_a_state_with_no_record_is_refused_as_the_command_refuses_it(client):
    # The United States never joined the APMBC: `treatyrules record USA` exits 2; so does this.
    r = client.get("/v1/records/USA")
    assert r.status_code == 422
    assert r.json()["errors"] == [
        {"field": "state", "detail": "no APMBC record is bundled for USA"}
    ]
    assert client.get("/v1/records/Polnd").json()["errors"][0]["field"] == "state"


def test_status_refuses_several_dates_in_one_request_rather_than_keep_the_last(client):
    r = client.get(
        "/v1/status", params=[("state", "POL"), ("on", "2026-03-01"), ("on", "2025-01-01")]
    )
    assert r.status_code == 422
    assert r.json()["errors"][0]["field"] == "on"


def test_an_unknown_treaty_id_is_refused_in_the_command_line_s_words(client):
    r = client.get("/v1/status", params={"state": "HUN", "treaty": "icc"})
    assert r.status_code == 422
    (problem,) = r.json()["errors"]
    assert problem["field"] == "treaty"
    assert problem["detail"].startswith("unknown treaty id 'icc'; known ids: APMBC")


def test_a_timeline_window_backwards_names_the_query_s_own_parameters(client):
    r = client.get(
        "/v1/timeline", params={"state": "POL", "from": "2026-01-01", "to": "2025-01-01"}
    )
    assert r.status_code == 422
    assert r.json()["errors"] == [
        {"field": "to", "detail": "2025-01-01 is not after from 2026-01-01"}
    ]
