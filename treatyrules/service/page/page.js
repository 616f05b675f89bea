// The page: a State, a date, perhaps a hypothetical armed conflict and other readings of
// contested points; the verdict as a memo, the timeline, and a link that reopens the view.
// Plain JavaScript, no build step; it talks to this server's /v1 API alone.
"use strict";

const TREATY = "APMBC";
const $ = (id) => document.getElementById(id);
let STATES = []; // [{code, name, record}]
let POINTS = {}; // key -> {question, options, default}

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (key === "class") node.className = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) {
    if (child !== null && child !== undefined) {
      node.append(typeof child === "string" ? document.createTextNode(child) : child);
    }
  }
  return node;
}

async function api(path, body) {
  const init = body === undefined ? {} : {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  };
  const response = await fetch(path, init);
  const type = response.headers.get("content-type") || "";
  if (!response.ok) {
    const problem = type.includes("json") ? await response.json() : { detail: response.statusText };
    throw new Error(problem.detail || problem.title || `HTTP ${response.status}`);
  }
  return type.includes("json") ? response.json() : response.text();
}

function findState(text) {
  const wanted = text.trim().toLowerCase();
  if (!wanted) return null;
  return STATES.find((s) => s.code.toLowerCase() === wanted || s.name.toLowerCase() === wanted)
    || null;
}

function suggestions(text) {
  const wanted = text.trim().toLowerCase();
  return STATES.filter((s) => s.name.toLowerCase().includes(wanted.slice(0, 3)))
    .slice(0, 3).map((s) => `${s.name} (${s.code})`);
}

// --- the view's state and its link ----------------------------------------------------

function readForm() {
  const readings = {};
  for (const select of document.querySelectorAll("#reading-list select")) {
    if (select.value !== select.dataset.default) readings[select.name] = select.value;
  }
  return {
    state: $("state").value.trim(),
    on: $("on").value,
    war: $("war").checked,
    warStart: $("war-start").value,
    warEnd: $("war-end").value,
    readings,
  };
}

function linkFor(view) {
  const query = new URLSearchParams();
  query.set("state", view.state);
  if (view.on) query.set("on", view.on);
  if (view.war) {
    query.set("war", view.conflictStart || view.warStart || "yes");
    if (view.warEnd) query.set("war_end", view.warEnd);
  }
  for (const [key, value] of Object.entries(view.readings)) query.set(`read.${key}`, value);
  return `${location.origin}${location.pathname}?${query}`;
}

function fillFromLink() {
  const query = new URLSearchParams(location.search);
  const readings = {};
  for (const [key, value] of query) if (key.startsWith("read.")) readings[key.slice(5)] = value;
  if (query.has("state")) $("state").value = query.get("state");
  if (query.has("on")) $("on").value = query.get("on");
  const war = query.get("war");
  if (war) {
    $("war").checked = true;
    if (war !== "yes") $("war-start").value = war;
    $("war-end").value = query.get("war_end") || "";
  }
  return { go: query.has("state"), readings };
}

// --- the memo -------------------------------------------------------------------------

const words = (text) => String(text).replaceAll("_", " ");

function dateRows(v) {
  const rows = [];
  if (v.entry_into_force) rows.push(["Entry into force for the State", v.entry_into_force]);
  const w = v.withdrawal;
  if (w) {
    rows.push(["Instrument of withdrawal received", w.received]);
    if (w.notice_expires) rows.push(["Notice period expires", w.notice_expires]);
    if (w.revoked_on) rows.push(["Instrument revoked", w.revoked_on]);
    if (w.effective_date) rows.push(["Withdrawal takes effect", w.effective_date]);
    else if (["pending", "deferred", "indeterminate"].includes(w.outcome)) {
      rows.push(["Withdrawal takes effect", "no date yet"]);
    }
    if (w.condition) rows.push(["Condition", w.condition]);
  }
  return rows;
}

let CITATIONS = {}; // eid -> citation, of the verdict shown

function collectCitations(findings) {
  for (const f of findings) {
    CITATIONS[f.rule] = f.citation;
    collectCitations(f.children || []);
  }
}

function finding(f) {
  let outcome = words(f.outcome);
  if (f.severity === "warning") outcome += ", warning";
  if (f.defeated_by) outcome += `, defeated by ${CITATIONS[f.defeated_by] || f.defeated_by}`;
  const item = el("li", { "data-rule": f.rule },
    el("cite", {}, f.citation), " ", el("em", {}, `(${outcome})`), ". ", f.explanation);
  if (f.children && f.children.length) item.append(el("ol", {}, ...f.children.map(finding)));
  return item;
}

function showVerdict(v, view, decisive) {
  $("verdict-title").textContent =
    `${v.name ? `${v.name} (${v.state})` : v.state} under the ${v.treaty}, position on ${v.as_of}`;
  $("status").textContent = words(v.status);
  $("status").dataset.status = v.status;
  $("conclusion").textContent = v.conclusion;
  const note = $("hypothesis");
  note.hidden = !view.war;
  if (view.war) {
    const end = view.warEnd ? `ended on ${view.warEnd}` : "is still going on";
    note.textContent = `Hypothetical: the State was engaged in an armed conflict that began on ` +
      `${view.conflictStart} and ${end}. The records do not say so.`;
  }
  const body = $("dates").tBodies[0];
  body.replaceChildren(...dateRows(v).map(([label, value]) =>
    el("tr", {}, el("th", { scope: "row" }, label), el("td", {}, String(value)))));
  CITATIONS = {};
  collectCitations(v.findings);
  $("reasons").replaceChildren(...v.findings.map(finding));
  const applied = Object.entries(v.interpretations).map(([key, value]) => {
    const point = POINTS[key];
    const meaning = point && point.options[value] ? `: ${point.options[value]}` : "";
    const isDefault = point && String(point.default) === String(value);
    const decides = decisive.includes(key) ? " This reading decides the outcome." : "";
    return el("li", {}, el("code", {}, `${key} = ${value}`),
      `${isDefault ? " (the default)" : " (chosen)"}${meaning}.${decides}`);
  });
  $("interpretations").replaceChildren(...(applied.length ? applied : [el("li", {}, "none consulted")]));
  const unknowns = v.unknowns.map((u) =>
    el("li", {}, el("code", {}, u.fact), `, needed by ${u.affects}`,
      u.decisive ? " (it decides the answer)" : " (it does not decide the answer)"));
  $("unknowns").replaceChildren(...(unknowns.length ? unknowns : [el("li", {}, "none")]));
}

function showReadings(v, chosen, decisive) {
  const list = $("reading-list");
  const keep = { ...chosen };
  for (const select of list.querySelectorAll("select")) keep[select.name] = keep[select.name] ?? select.value;
  list.replaceChildren();
  for (const key of Object.keys(v.interpretations)) {
    const point = POINTS[key];
    if (!point || !Object.keys(point.options).length) continue;
    const id = `read-${key}`;
    const select = el("select", { id, name: key, "data-default": String(point.default) });
    for (const [option, meaning] of Object.entries(point.options)) {
      const label = `${option}${String(option) === String(point.default) ? " (default)" : ""}: ${meaning}`;
      const node = el("option", { value: option }, label);
      select.append(node);
    }
    select.value = keep[key] ?? String(point.default);
    select.addEventListener("change", () => run());
    const mark = decisive.includes(key) ? " (decides the outcome here)" : "";
    list.append(el("div", { class: "field" }, el("label", { for: id }, `${point.question}${mark}`), select));
  }
  $("readings").hidden = !list.children.length;
}

function showSvg(svgText) {
  const doc = new DOMParser().parseFromString(svgText, "image/svg+xml");
  $("timeline").replaceChildren(document.importNode(doc.documentElement, true));
}

// --- asking -----------------------------------------------------------------------------

function fail(message) {
  const box = $("error");
  box.textContent = message;
  box.hidden = false;
}

let pendingReadings = {};

async function run() {
  $("error").hidden = true;
  const view = readForm();
  Object.assign(view.readings, pendingReadings);
  pendingReadings = {};
  const state = findState(view.state);
  if (!state) {
    const near = suggestions(view.state);
    fail(`No State called "${view.state}".` + (near.length ? ` Did you mean ${near.join(", ")}?` : ""));
    $("state").setAttribute("aria-invalid", "true");
    $("state").focus();
    return;
  }
  $("state").removeAttribute("aria-invalid");
  if (!view.on) {
    view.on = new Date().toISOString().slice(0, 10);
    $("on").value = view.on;
  }
  try {
    const scenario = await api(`/v1/records/${state.code}?treaty=${TREATY}`);
    const amend = [];
    if (view.war) {
      const withdrawal = scenario.events.find((e) => e.kind === "withdrawal");
      view.conflictStart = view.warStart || (withdrawal ? withdrawal.date : view.on);
      $("war-start").value = view.conflictStart; // shown, so the hypothesis is explicit
      const conflict = {
        name: "hypothetical armed conflict",
        parties: [state.code, "XZZ"],
        kind: "international",
        start: view.conflictStart,
        end: view.warEnd || null,
      };
      scenario.conflicts = [...scenario.conflicts, conflict];
      amend.push({ state: state.code, conflicts: [conflict] });
    }
    const verdict = await api("/v1/evaluate", {
      scenario, as_of: view.on, interpretation: view.readings,
    });
    const report = await api("/v1/sensitivity", { scenario, as_of: view.on });
    showReadings(verdict, view.readings, report.decisive);
    showVerdict(verdict, view, report.decisive);
    showSvg(await api("/v1/timeline", { states: [state.code], format: "svg", amend }));
    view.state = state.name;
    const link = linkFor(view);
    $("link").value = link;
    history.replaceState(null, "", link);
    $("copied").textContent = "";
    $("result").hidden = false;
  } catch (error) {
    fail(error.message);
  }
}

async function copyLink() {
  const input = $("link");
  input.select();
  try {
    await navigator.clipboard.writeText(input.value);
    $("copied").textContent = "Link copied.";
  } catch {
    $("copied").textContent = "Select the link and copy it (Ctrl+C).";
  }
}

async function start() {
  $("ask").addEventListener("submit", (event) => { event.preventDefault(); run(); });
  $("copy").addEventListener("click", copyLink);
  try {
    const [states, points, version] = await Promise.all([
      api(`/v1/states?treaty=${TREATY}`),
      api(`/v1/rules?treaty=${TREATY}&interpretations=true`),
      api("/v1/version"),
    ]);
    STATES = states.states;
    for (const p of points) POINTS[p.key] = p;
    $("version").textContent = version.version;
    $("state-list").replaceChildren(...STATES.map((s) => el("option", { value: s.name }, s.code)));
    if (!$("on").value) $("on").value = version.as_of_default;
  } catch (error) {
    fail(`The service did not answer: ${error.message}`);
    return;
  }
  const linked = fillFromLink();
  pendingReadings = linked.readings;
  document.body.dataset.ready = "true";
  if (linked.go) await run();
}

document.addEventListener("DOMContentLoaded", start);
