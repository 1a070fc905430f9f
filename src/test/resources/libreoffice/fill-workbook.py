"""Fills in cells of a workbook in LibreOffice Calc, as a person would, and saves it back as .xlsx.

Usage: python3 fill-workbook.py IN.xlsx OUT.xlsx PROFILE_DIR SHEET ROW COL VALUE [ROW COL VALUE ...]
ROW and COL count from 0; a VALUE that is a whole number is entered as a number, anything else as text. Run with
Debian's python3 (package python3-uno). Starts its own headless soffice on a private pipe and profile, and ends it.
"""

import os
import signal
import subprocess
import sys
import time
import uuid

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(pipe, office):
    resolver = uno.getComponentContext().ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", uno.getComponentContext())
    deadline = time.time() + 120
    while True:
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except Exception:
            if office.poll() is not None or time.time() > deadline:
                raise
            time.sleep(0.3)


def main(argv):
    source, target, profile, sheet_index = argv[1], argv[2], argv[3], int(argv[4])
    cells = argv[5:]
    if len(cells) % 3:
        raise SystemExit("cells come as ROW COL VALUE triples")
    # A stuck office must never hang the test run.
    signal.alarm(180)
    pipe = "nlc" + uuid.uuid4().hex
    office = subprocess.Popen(
        ["soffice", "--headless", "--invisible", "--nologo", "--norestore", "--nodefault",
         f"-env:UserInstallation={uno.systemPathToFileUrl(os.path.abspath(profile))}",
         f"--accept=pipe,name={pipe};urp;"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        context = connect(pipe, office)
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        document = desktop.loadComponentFromURL(
            uno.systemPathToFileUrl(os.path.abspath(source)), "_blank", 0, (prop("Hidden", True),))
        sheet = document.Sheets.getByIndex(sheet_index)
        for i in range(0, len(cells), 3):
            cell = sheet.getCellByPosition(int(cells[i + 1]), int(cells[i]))
            value = cells[i + 2]
            if value.lstrip("-").isdigit():
                cell.setValue(int(value))
            else:
                cell.setString(value)
        document.storeToURL(uno.systemPathToFileUrl(os.path.abspath(target)),
                            (prop("FilterName", "Calc Office Open XML"),))
        document.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass  # the bridge goes down with the office
        office.wait(timeout=60)
    finally:
        if office.poll() is None:
            os.killpg(office.pid, signal.SIGKILL)


if __name__ == "__main__":
    main(sys.argv)
