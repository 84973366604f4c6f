#!/usr/bin/env python3
"""Small helpers of reliability/probe.sh (the attacker probe); standard library only.

  probe_util.py idnumber BASE17        a valid 18-character resident ID number (GB 11643 check character)
  probe_util.py jpeg IN.jpg OUT.jpg    IN with an EXIF APP1 segment holding a GPS position (29.2712 N, 104.8731 E)
  probe_util.py field NAME             prints field NAME of the JSON object on stdin (empty when absent)
  probe_util.py windows UPLOAD STORED  exit 1 if any 32-byte window of UPLOAD occurs in STORED (prints the first offset)
  probe_util.py first-task CODE        the id of the first task of CODE in a /api/v1/tasks answer on stdin
  probe_util.py vaadin BASE ROUTE QUERY OUTDIR [USER PASSWORD]
      opens a Vaadin route as a browser would (bootstrap page, init, navigation event; after a form login when USER is
      given) and writes the server's answers to OUTDIR/page.txt; every dynamic resource link in them (downloads such as
      the CSV export) is fetched with the session (OUTDIR/link-N.with) and without it (OUTDIR/link-N.without), one line
      "LINK n status-with status-without url" each on stdout
  probe_util.py receipt BASE OUTDIR   files an anonymous report through the report form in headless Chromium
      (chromedriver, W3C WebDriver over HTTP) and prints "RECEIPT code url-of-the-receipt-image cookie" for the
      probe to fetch the image with and without that session
"""
import http.cookiejar
import json
import re
import struct
import sys
import urllib.error
import urllib.parse
import urllib.request


def idnumber(base17):
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    check = "10X98765432"[sum(int(c) * w for c, w in zip(base17, weights)) % 11]
    return base17 + check


def exif_gps():
    """A little-endian TIFF with IFD0 -> GPS IFD (LatitudeRef, Latitude, LongitudeRef, Longitude)."""
    def rationals(deg, minutes, sec100):
        return struct.pack("<6I", deg, 1, minutes, 1, sec100, 100)

    # layout: header(8) | IFD0 (2 + 12 + 4) at 8 | GPS IFD (2 + 4*12 + 4) at 26 | lat data | lon data
    gps_ifd_at = 8 + 2 + 12 + 4
    data_at = gps_ifd_at + 2 + 4 * 12 + 4
    lat_at, lon_at = data_at, data_at + 24
    tiff = b"II*\x00" + struct.pack("<I", 8)
    tiff += struct.pack("<H", 1) + struct.pack("<HHII", 0x8825, 4, 1, gps_ifd_at) + struct.pack("<I", 0)
    tiff += struct.pack("<H", 4)
    tiff += struct.pack("<HHI", 1, 2, 2) + b"N\x00\x00\x00"
    tiff += struct.pack("<HHII", 2, 5, 3, lat_at)
    tiff += struct.pack("<HHI", 3, 2, 2) + b"E\x00\x00\x00"
    tiff += struct.pack("<HHII", 4, 5, 3, lon_at)
    tiff += struct.pack("<I", 0)
    tiff += rationals(29, 16, 1632) + rationals(104, 52, 2316)
    payload = b"Exif\x00\x00" + tiff
    return b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload


def jpeg(src, dst):
    data = open(src, "rb").read()
    assert data[:2] == b"\xff\xd8", "not a JPEG"
    open(dst, "wb").write(data[:2] + exif_gps() + data[2:])


def windows(upload, stored):
    up = open(upload, "rb").read()
    st = open(stored, "rb").read()
    seen = {st[i:i + 32] for i in range(0, max(0, len(st) - 31))}
    for i in range(0, max(0, len(up) - 31)):
        if up[i:i + 32] in seen:
            print(i)
            return 1
    return 0


def fetch(opener, url, data=None, headers=None):
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with opener.open(request, timeout=120) as answer:
            return answer.status, answer.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def vaadin(base, route, query, outdir, user=None, password=None):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    if user:
        _, page = fetch(opener, base + "/login")
        token = re.search(rb'name="_csrf" content="([^"]+)"', page).group(1).decode()
        form = urllib.parse.urlencode({"username": user, "password": password, "_csrf": token}).encode()
        fetch(opener, base + "/login", form, {"Content-Type": "application/x-www-form-urlencoded"})
    url = base + "/" + route + ("?" + query if query else "")
    _, bootstrap = fetch(opener, url)
    status, init = fetch(opener, base + "/?v-r=init&location=" + urllib.parse.quote(route)
                         + "&query=" + urllib.parse.quote(query))
    uidl = json.loads(init)["appConfig"]["uidl"]
    rpc = {"csrfToken": uidl["Vaadin-Security-Key"], "syncId": uidl.get("syncId", 0), "clientId": 0,
           "rpc": [{"type": "event", "node": 1, "event": "ui-navigate",
                    "data": {"route": route, "query": query, "appShellTitle": "", "historyState": {"idx": 0},
                             "trigger": ""}}]}
    _, page = fetch(opener, base + "/?v-r=uidl&v-uiId=0", json.dumps(rpc).encode(),
                    {"Content-Type": "application/json; charset=UTF-8"})
    text = bootstrap + b"\n" + init + b"\n" + page
    open(outdir + "/page.txt", "wb").write(text)
    links = sorted(set(re.findall(rb'VAADIN/dynamic/resource/[^"\\]+', page)))
    stranger = urllib.request.build_opener()
    for n, link in enumerate(links):
        target = base + "/" + link.decode()
        with_status, with_body = fetch(opener, target)
        without_status, without_body = fetch(stranger, target)
        open("%s/link-%d.with" % (outdir, n), "wb").write(with_body)
        open("%s/link-%d.without" % (outdir, n), "wb").write(without_body)
        print("LINK %d %d %d %s" % (n, with_status, without_status, target))
    return 0


def receipt(base, outdir):
    """Drives /report like CitizenReportIT.fillTheReport; the receipt picture is only ever made there."""
    import os
    import socket
    import subprocess
    import time
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    driver = subprocess.Popen(["chromedriver", "--port=%d" % port], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    wd = "http://127.0.0.1:%d" % port
    opener = urllib.request.build_opener()

    def call(method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(wd + path, data=data, method=method,
                                         headers={"Content-Type": "application/json"})
        try:
            with opener.open(request, timeout=300) as answer:
                return json.loads(answer.read())["value"]
        except urllib.error.HTTPError as e:
            raise RuntimeError("%s %s: %s" % (method, path, e.read()[:300]))

    session = None
    try:
        for _ in range(100):
            try:
                call("GET", "/status")
                break
            except (urllib.error.URLError, ConnectionError, RuntimeError):
                time.sleep(0.2)
        args = ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900",
                "--user-data-dir=" + os.path.join(outdir, "chromium")]
        session = call("POST", "/session", {"capabilities": {"alwaysMatch": {
            "goog:chromeOptions": {"args": args}}}})["sessionId"]
        sp = "/session/" + session

        def script(js, *args):
            return call("POST", sp + "/execute/sync", {"script": js, "args": list(args)})

        def until(js, *args, timeout=240):
            end = time.time() + timeout
            while time.time() < end:
                value = script(js, *args)
                if value:
                    return value
                time.sleep(0.3)
            raise RuntimeError("timed out: " + js[:80])

        def find(css):
            until("return document.querySelector(arguments[0]) != null", css)
            element = call("POST", sp + "/element", {"using": "css selector", "value": css})
            return list(element.values())[0]

        def type_in(css, text):
            element = find(css)
            call("POST", sp + "/element/%s/value" % element, {"text": text})

        call("POST", sp + "/url", {"url": base + "/report"})
        find("#report-heading")
        until("""const b=[...document.querySelectorAll('#categories vaadin-checkbox')].find(b=>b.textContent.includes(arguments[0]));
                 if(!b) return false; b.querySelector('input').click(); return true;""", "噪声污染")
        type_in("#target input", "某探针搅拌站")
        type_in("#description textarea", "探针浏览器测试：搅拌站夜间施工噪声很大。")
        for combo, label in (("#region-province", "四川省"), ("#region-city", "自贡市"), ("#region-county", "沿滩区")):
            type_in(combo + " input", label)
            until("return document.querySelectorAll('vaadin-combo-box-item').length > 0")
            type_in(combo + " input", "\ue007")
            until("const c=document.querySelector(arguments[0]); return c.selectedItem ? c.inputElement.value == arguments[1] : false",
                  combo, label)
        type_in("#address input", "沿滩区某路 2 号")
        until("const b=document.querySelector('#submit-report'); if(!b) return false; b.click(); return true;")
        src = until("""const i=document.querySelector('#receipt-image'); return i && i.getAttribute('src')
                       ? new URL(i.getAttribute('src'), location.href).href : null""")
        code = until("const c=document.querySelector('#receipt-code'); return c ? c.textContent : null")
        cookies = call("GET", sp + "/cookie")
        cookie = ";".join("%s=%s" % (c["name"], c["value"]) for c in cookies)
        print("RECEIPT %s %s %s" % (code.strip(), src, cookie))
        return 0
    finally:
        if session:
            try:
                call("DELETE", "/session/" + session)
            except Exception:
                pass
        driver.terminate()
        driver.wait(timeout=30)


def main(argv):
    cmd = argv[1]
    if cmd == "idnumber":
        print(idnumber(argv[2]))
    elif cmd == "jpeg":
        jpeg(argv[2], argv[3])
    elif cmd == "field":
        try:
            value = json.load(sys.stdin).get(argv[2])
        except (ValueError, AttributeError):
            value = None
        print("" if value is None else value)
    elif cmd == "windows":
        return windows(argv[2], argv[3])
    elif cmd == "first-task":
        try:
            answer = json.load(sys.stdin)
        except ValueError:
            return 1
        items = answer.get("items", answer) if isinstance(answer, dict) else answer
        for task in items or []:
            if argv[2] in json.dumps(task, ensure_ascii=False):
                print(task.get("id") or task.get("taskId") or "")
                return 0
        return 1
    elif cmd == "receipt":
        return receipt(*argv[2:])
    elif cmd == "vaadin":
        return vaadin(*argv[2:])
    else:
        raise SystemExit("unknown command " + cmd)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
