"""Compose init step for typology-service: what deploy/local/launcher's TypologySetup does, with the standard library.

Once typology-service is healthy: loads the national CBS figures, registers every buurt of 2024 by name, imports the
shipped energy files with the mappings beside them, defines the log of dwellings, publishes the basis warmte-en-wonen
and makes it the default, and publishes a typology on it. Everything goes through the service's API, as a steward;
a step that was done before (a restart) is recognised and skipped, and re-importing the same files changes nothing.

Environment: TYPOLOGY_URL (http://typology-service:8082), SCHAALSPRONG_STEWARD_TOKEN (a bearer token with role
steward), RESOURCES (the mounted typology-service/src/main/resources, default /resources).
"""
import json
import os
import sys
import time
import urllib.error
import urllib.request

URL = os.environ.get("TYPOLOGY_URL", "http://typology-service:8082")
TOKEN = os.environ["SCHAALSPRONG_STEWARD_TOKEN"]
RESOURCES = os.environ.get("RESOURCES", "/resources")

KWB = "cbs/cbs_kwb2024_buurten_nl_demografie.csv"
BUURTNAMEN = "cbs/cbs_buurtnamen_2024_85984NED.csv"
ENERGY_IMPORTS = ["energie/cbs_hoofdverwarming_woningen_buurt_2021.import.json",
                  "energie/pbl_startanalyse_warmtevraag_weq_buurt.import.json"]
LOG_WONINGEN = "energie/log-woningen.dimension.json"
BASIS = "energie/warmte-en-wonen.basis.json"


def call(method, path, body=None, content_type="application/json"):
    data = body.encode("utf-8") if isinstance(body, str) else body
    request = urllib.request.Request(URL + path, data=data, method=method,
                                     headers={"Authorization": "Bearer " + TOKEN, "Content-Type": content_type})
    try:
        with urllib.request.urlopen(request, timeout=300) as response:
            return response.status, response.headers.get("Location"), response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, None, error.read().decode("utf-8")


def await_job(location, done):
    while True:
        status, _, body = call("GET", location)
        job = json.loads(body)
        if job.get("status") == done:
            return job
        if status != 200 or job.get("status") != "RUNNING":
            sys.exit(f"job {location} ended {job.get('status')}: {body}")
        time.sleep(0.5)


def start(path, body, content_type="application/json"):
    status, location, answer = call("POST", path, body, content_type)
    if status != 202:
        sys.exit(f"POST {path}: HTTP {status} {answer}")
    return location


def read(name):
    with open(os.path.join(RESOURCES, name), encoding="utf-8") as f:
        return f.read()


def main():
    with open(os.path.join(RESOURCES, KWB), "rb") as f:
        await_job(start("/api/v1/imports/cbs-kwb?year=2024", f.read(), "text/csv"), "SUCCEEDED")
    names = {"mapping": {"code": "Identifier", "name": "Title"}, "csv": read(BUURTNAMEN)}
    await_job(start("/api/v1/imports/mapped?year=2024", json.dumps(names)), "SUCCEEDED")
    for spec_name in ENERGY_IMPORTS:
        spec = json.loads(read(spec_name))
        request = dict(spec["request"], csv=read(os.path.join(os.path.dirname(spec_name), spec["file"])))
        await_job(start(f"/api/v1/imports/mapped?year={spec['year']}", json.dumps(request)), "SUCCEEDED")
    status, _, body = call("POST", "/api/v1/dimensions", read(LOG_WONINGEN))
    if status not in (201, 422):  # 422: defined at an earlier start
        sys.exit(f"defining LOG_WONINGEN: HTTP {status} {body}")
    status, _, body = call("GET", "/api/v1/comparability-bases/warmte-en-wonen")
    if status != 200 or not any(v.get("status") == "PUBLISHED" for v in json.loads(body)):
        status, _, body = call("POST", "/api/v1/comparability-bases", read(BASIS))
        if status != 201:
            sys.exit(f"creating warmte-en-wonen: HTTP {status} {body}")
        version = json.loads(body)["version"]
        call("POST", f"/api/v1/comparability-bases/warmte-en-wonen/versions/{version}/publish")
        call("PUT", "/api/v1/comparability-bases/warmte-en-wonen/default")
        location = start("/api/v1/typologies", json.dumps({"k": 8, "seed": 42, "basis": "default"}))
        typology = await_job(location, "DRAFT")
        call("POST", f"/api/v1/typologies/{typology['id']}/publish")
    print("typology-service is loaded: figures, every buurt of 2024, energy files, warmte-en-wonen, a typology")


if __name__ == "__main__":
    main()
