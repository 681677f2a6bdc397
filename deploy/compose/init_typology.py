"""Compose init step for typology-service: what deploy/local/launcher's CbsLoader and TypologySetup do at the local run's
start, with the standard library.

Once Keycloak and typology-service are healthy: gets a steward token from Keycloak by client credentials, loads the
national CBS figures, registers every buurt of 2024 by name, imports the shipped energy files with the mappings beside
them, marks the buurten of the known proeftuinen (PROEFTUIN_STATUS ja), defines the log of dwellings, publishes the
basis warmte-en-wonen and makes it the default, and publishes a typology on it. Everything goes through the service's
API, as a steward. Each import carries a digest of what it imports as its Idempotency-Key (as the launcher's
ImportKeys), so a rerun gets the earlier job back and imports nothing twice; only when that earlier job did not
succeed is the file imported anew. A basis or typology published before is left as it is.

Environment: TYPOLOGY_URL (http://typology-service:8082), TOKEN_URL (Keycloak's token endpoint of the realm
schaalsprong), CLIENT_ID and CLIENT_SECRET (a confidential client whose service account has the role steward),
RESOURCES (the mounted typology-service/src/main/resources, default /resources).
"""
import hashlib
import json
import os
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

URL = os.environ.get("TYPOLOGY_URL", "http://typology-service:8082")
TOKEN_URL = os.environ["TOKEN_URL"]
CLIENT_ID = os.environ["CLIENT_ID"]
CLIENT_SECRET = os.environ["CLIENT_SECRET"]
RESOURCES = os.environ.get("RESOURCES", "/resources")

KWB = "cbs/cbs_kwb2024_buurten_nl_demografie.csv"
BUURTNAMEN = "cbs/cbs_buurtnamen_2024_85984NED.csv"
# Shipped files imported with the mapping beside them (the launcher's TypologySetup.MAPPED_IMPORTS), in this order.
MAPPED_IMPORTS = ["energie/cbs_hoofdverwarming_woningen_buurt_2021.import.json",
                  "energie/pbl_startanalyse_warmtevraag_weq_buurt.import.json",
                  "proeftuinen/proeftuin_buurten_2024.import.json"]
LOG_WONINGEN = "energie/log-woningen.dimension.json"
BASIS = "energie/warmte-en-wonen.basis.json"

_token = {"value": None, "until": 0.0}


def token():
    """A steward token from Keycloak, asked again shortly before it expires (the whole load outlasts one token)."""
    if _token["value"] is None or time.time() > _token["until"]:
        form = urllib.parse.urlencode({"grant_type": "client_credentials", "client_id": CLIENT_ID,
                                       "client_secret": CLIENT_SECRET}).encode("ascii")
        request = urllib.request.Request(TOKEN_URL, data=form, method="POST",
                                         headers={"Content-Type": "application/x-www-form-urlencoded"})
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                answer = json.loads(response.read().decode("utf-8"))
        except urllib.error.HTTPError as error:
            sys.exit(f"no steward token from {TOKEN_URL}: HTTP {error.code} {error.read().decode('utf-8')}")
        _token["value"] = answer["access_token"]
        _token["until"] = time.time() + max(int(answer.get("expires_in", 60)) - 30, 10)
    return _token["value"]


def call(method, path, body=None, content_type="application/json", key=None):
    data = body.encode("utf-8") if isinstance(body, str) else body
    headers = {"Authorization": "Bearer " + token(), "Content-Type": content_type}
    if key is not None:
        headers["Idempotency-Key"] = key
    # A job's Location may be absolute or relative to the service.
    request = urllib.request.Request(urllib.parse.urljoin(URL, path), data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=300) as response:
            return response.status, response.headers, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode("utf-8")


def import_key(path, body):
    """The launcher's ImportKeys.of: SHA-256 over the path with its year, a zero byte, and the body."""
    sha = hashlib.sha256(path.encode("utf-8") + b"\0" + (body.encode("utf-8") if isinstance(body, str) else body))
    return "local-run-" + sha.hexdigest()


def await_job(location, done):
    """Polls a job until it reaches done; anything but RUNNING on the way is returned as a failure (None)."""
    while True:
        status, _, body = call("GET", location)
        job = json.loads(body)
        if job.get("status") == done:
            return job
        if status != 200 or job.get("status") != "RUNNING":
            print(f"job {location} ended {job.get('status')}: {body}", file=sys.stderr)
            return None
        time.sleep(0.5)


def start(path, body, content_type="application/json", key=None):
    status, headers, answer = call("POST", path, body, content_type, key)
    if status != 202:
        sys.exit(f"POST {path}: HTTP {status} {answer}")
    return headers.get("Location"), headers.get("Idempotent-Replayed") == "true"


def import_once(path, body, content_type="application/json"):
    location, replayed = start(path, body, content_type, import_key(path, body))
    if await_job(location, "SUCCEEDED") is None:
        if not replayed:
            sys.exit(f"importing {path} failed")
        # The key answered with the job of an earlier run that did not succeed: import the file anew, without it.
        if await_job(start(path, body, content_type)[0], "SUCCEEDED") is None:
            sys.exit(f"importing {path} failed")


def read(name):
    with open(os.path.join(RESOURCES, name), encoding="utf-8") as f:
        return f.read()


def any_published(body):
    items = json.loads(body) if body else None
    return isinstance(items, list) and any(item.get("status") == "PUBLISHED" for item in items)


def main():
    with open(os.path.join(RESOURCES, KWB), "rb") as f:
        import_once("/api/v1/imports/cbs-kwb?year=2024", f.read(), "text/csv")
    names = {"mapping": {"code": "Identifier", "name": "Title"}, "csv": read(BUURTNAMEN)}
    import_once("/api/v1/imports/mapped?year=2024", json.dumps(names))
    for spec_name in MAPPED_IMPORTS:
        spec = json.loads(read(spec_name))
        request = dict(spec["request"], csv=read(os.path.join(os.path.dirname(spec_name), spec["file"])))
        import_once(f"/api/v1/imports/mapped?year={spec['year']}", json.dumps(request))
    status, _, body = call("POST", "/api/v1/dimensions", read(LOG_WONINGEN))
    if status not in (201, 422):  # 422: defined at an earlier run
        sys.exit(f"defining LOG_WONINGEN: HTTP {status} {body}")
    status, _, body = call("GET", "/api/v1/comparability-bases/warmte-en-wonen")
    if status not in (200, 404):
        sys.exit(f"reading warmte-en-wonen: HTTP {status} {body}")
    if not (status == 200 and any_published(body)):
        status, _, body = call("POST", "/api/v1/comparability-bases", read(BASIS))
        if status != 201:
            sys.exit(f"creating warmte-en-wonen: HTTP {status} {body}")
        version = json.loads(body)["version"]
        for method, path in (("POST", f"/api/v1/comparability-bases/warmte-en-wonen/versions/{version}/publish"),
                             ("PUT", "/api/v1/comparability-bases/warmte-en-wonen/default")):
            status, _, body = call(method, path, "")
            if status not in (200, 204):
                sys.exit(f"{method} {path}: HTTP {status} {body}")
    status, _, body = call("GET", "/api/v1/typologies?size=200")
    if status != 200:
        sys.exit(f"listing typologies: HTTP {status} {body}")
    if not any_published(json.dumps(json.loads(body).get("items"))):
        location, _ = start("/api/v1/typologies", json.dumps({"k": 8, "seed": 42, "basis": "default"}))
        typology = await_job(location, "DRAFT")
        if typology is None:
            sys.exit("computing the typology failed")
        status, _, body = call("POST", f"/api/v1/typologies/{typology['id']}/publish", "")
        if status != 200:
            sys.exit(f"publishing typology {typology['id']}: HTTP {status} {body}")
    print("typology-service is loaded: figures, every buurt of 2024, energy files, the proeftuinen's buurten, "
          "warmte-en-wonen, a typology")


if __name__ == "__main__":
    main()
