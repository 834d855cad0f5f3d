"""Walks every page of a filtered query through the load balancer (scripts/replicas.sh) and checks the replicas.

Usage: replicas_walk.py PUBLIC_BASE REPLICA_A REPLICA_B. Exits non-zero, saying why, unless every row comes back
exactly once, every @nextLink is on the public address, both replicas served pages, and both replicas answer every
page with the same body. Requests go to 127.0.0.1 only, each with a 30 s timeout, at most MAX_PAGES pages.
"""
import json
import sys
import urllib.parse
import urllib.request

MAX_PAGES = 1000
QUERY = "/partner/v1/analytics/subscriptions?filter=customerMarket%20eq%20%27US%27&top=500"
TOKEN = {"Authorization": "Bearer replicas"}


def get(url, headers=None):
    request = urllib.request.Request(url, headers={**TOKEN, **(headers or {})})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.status, dict(response.headers), response.read()


def fail(message):
    print("replicas: FAILED: " + message, file=sys.stderr)
    sys.exit(1)


def main(public, replica_a, replica_b):
    public_host = urllib.parse.urlsplit(public).netloc
    # what nginx sends a replica for a request to the public address
    forwarded = {"X-Forwarded-Host": public_host, "X-Forwarded-Proto": "http", "X-Forwarded-Prefix": "/pc"}
    ids, served_by, pages, total = [], {}, 0, None
    url = public + QUERY
    while url:
        pages += 1
        if pages > MAX_PAGES:
            fail("more than %d pages" % MAX_PAGES)
        status, headers, body = get(url)
        if status != 200:
            fail("%s answered %d" % (url, status))
        page = json.loads(body)
        total = page["TotalCount"] if total is None else total
        if page["TotalCount"] != total:
            fail("TotalCount changed from %d to %d on page %d" % (total, page["TotalCount"], pages))
        ids.extend(row["id"] for row in page["Value"])
        replica = headers.get("X-Replica", "?")
        served_by[replica] = served_by.get(replica, 0) + 1
        # the same page straight from each replica, as nginx forwards it: identical bodies
        path_and_query = url[len(public):]
        bodies = [get(r + path_and_query, forwarded)[2] for r in (replica_a, replica_b)]
        if bodies[0] != bodies[1]:
            fail("the replicas answer %s with different bodies" % path_and_query)
        if bodies[0] != body:
            fail("the body through nginx differs from the replicas' for %s" % path_and_query)
        url = page.get("@nextLink")
        if url is not None and not url.startswith(public + "/partner/"):
            fail("@nextLink %s is not on the public address %s" % (url, public))
    if len(ids) != total:
        fail("%d rows came back, TotalCount is %d" % (len(ids), total))
    repeated = len(ids) - len(set(ids))
    if repeated:
        fail("%d rows came back more than once" % repeated)
    alone = []
    url = replica_a + QUERY
    while url:
        page = json.loads(get(url)[2])
        alone.extend(row["id"] for row in page["Value"])
        url = page.get("@nextLink")
        if url is not None and not url.startswith(replica_a + "/"):
            fail("without forwarded headers a replica's @nextLink must be its own address, was " + url)
    if alone != ids:
        fail("the rows through nginx are not the rows one replica gives alone")
    if len([r for r in served_by if r != "?"]) < 2:
        fail("not both replicas answered: %s" % served_by)
    print("replicas: %d pages, %d rows, each exactly once (TotalCount %d); links on %s; pages per replica %s; "
          "identical bodies from both replicas" % (pages, len(ids), total, public, served_by))


if __name__ == "__main__":
    main(*sys.argv[1:4])
