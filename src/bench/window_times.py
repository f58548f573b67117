#!/usr/bin/env python3
"""Starts a program and times, from its exec, when its window is mapped and when that window is painted.

    window_times.py [--log FILE] TITLE_REGEX COMMAND [ARG...]

Prints one line, "PID MAPPED_MS PAINTED_MS", and leaves the program running (the caller ends it).
The program's output goes to FILE (default: nowhere). Exit 1 with a one-line message on stderr when
no such window is painted within 60 s.

Why not xdotool: forking it every few milliseconds takes CPU from the program being timed on a
2-core machine, and xdotool cannot see pixels. This poller talks to the X server itself (libX11
through ctypes, so nothing to install), checks every 2 ms, and reads three rows of the window's
pixels, at 30, 50 and 70 % of its height.

A window is "painted" once two of those rows are drawn and the three show at least 8 colours
together. A row is drawn when it has changed since the window was mapped, or shows 4 colours or
more. Why so careful: a window that is mapped but not yet drawn keeps whatever the screen showed
under it. LibreOffice maps its main window over its splash screen and, for a while after the splash
has gone, that window still shows the splash's pixels in its middle row, though nothing of Calc is
drawn yet. ReelRank's first frame shows tabs, a chart and text: hundreds of colours in two rows.
"""
import ctypes
import ctypes.util
import os
import re
import subprocess
import sys
import time

IS_VIEWABLE = 2
Z_PIXMAP = 2
ALL_PLANES = 0xFFFFFFFF
PAINTED_COLOURS = 8
DRAWN_ROW_COLOURS = 4
ROWS = (0.3, 0.5, 0.7)
NET_WM_NAME = UTF8_STRING = 0  # atoms, known once the display is open
TIMEOUT_S = 60


class XWindowAttributes(ctypes.Structure):
    _fields_ = [
        ("x", ctypes.c_int), ("y", ctypes.c_int), ("width", ctypes.c_int), ("height", ctypes.c_int),
        ("border_width", ctypes.c_int), ("depth", ctypes.c_int), ("visual", ctypes.c_void_p),
        ("root", ctypes.c_ulong), ("c_class", ctypes.c_int), ("bit_gravity", ctypes.c_int),
        ("win_gravity", ctypes.c_int), ("backing_store", ctypes.c_int),
        ("backing_planes", ctypes.c_ulong), ("backing_pixel", ctypes.c_ulong),
        ("save_under", ctypes.c_int), ("colormap", ctypes.c_ulong),
        ("map_installed", ctypes.c_int), ("map_state", ctypes.c_int),
        ("all_event_masks", ctypes.c_long), ("your_event_mask", ctypes.c_long),
        ("do_not_propagate_mask", ctypes.c_long), ("override_redirect", ctypes.c_int),
        ("screen", ctypes.c_void_p),
    ]


class XImage(ctypes.Structure):
    # Only the leading fields are read; the struct is larger, and Xlib allocates it.
    _fields_ = [
        ("width", ctypes.c_int), ("height", ctypes.c_int), ("xoffset", ctypes.c_int),
        ("format", ctypes.c_int), ("data", ctypes.POINTER(ctypes.c_ubyte)),
        ("byte_order", ctypes.c_int), ("bitmap_unit", ctypes.c_int),
        ("bitmap_bit_order", ctypes.c_int), ("bitmap_pad", ctypes.c_int), ("depth", ctypes.c_int),
        ("bytes_per_line", ctypes.c_int), ("bits_per_pixel", ctypes.c_int),
    ]


x11 = ctypes.cdll.LoadLibrary(ctypes.util.find_library("X11"))
x11.XOpenDisplay.restype = ctypes.c_void_p
x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
x11.XDefaultRootWindow.restype = ctypes.c_ulong
x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
x11.XQueryTree.argtypes = [
    ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_ulong),
    ctypes.POINTER(ctypes.POINTER(ctypes.c_ulong)), ctypes.POINTER(ctypes.c_uint)]
x11.XFetchName.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(ctypes.c_char_p)]
x11.XGetWindowAttributes.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(XWindowAttributes)]
x11.XGetImage.restype = ctypes.POINTER(XImage)
x11.XGetImage.argtypes = [
    ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_int, ctypes.c_uint, ctypes.c_uint,
    ctypes.c_ulong, ctypes.c_int]
x11.XFree.argtypes = [ctypes.c_void_p]
x11.XInternAtom.restype = ctypes.c_ulong
x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
x11.XGetWindowProperty.argtypes = [
    ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_long, ctypes.c_long, ctypes.c_int, ctypes.c_ulong,
    ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_ulong),
    ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.POINTER(ctypes.c_ubyte))]

# A window can go between listing it and asking about it; Xlib's default handler would end this process.
ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)(lambda display, event: 0)
x11.XSetErrorHandler(ERROR_HANDLER)


def children(display, window):
    """The window's children, bottom of the stack first."""
    root, parent = ctypes.c_ulong(), ctypes.c_ulong()
    found, count = ctypes.POINTER(ctypes.c_ulong)(), ctypes.c_uint()
    if not x11.XQueryTree(display, window, ctypes.byref(root), ctypes.byref(parent),
                          ctypes.byref(found), ctypes.byref(count)):
        return []
    listed = [found[i] for i in range(count.value)]
    if found:
        x11.XFree(found)
    return listed


def descendants(display, window):
    for child in children(display, window):
        yield child
        yield from descendants(display, child)


def find(display, root, wanted):
    """The first viewable window whose title matches."""
    for window in descendants(display, root):
        if viewable(display, window) and wanted.search(title(display, window)):
            return window
    return None


def title(display, window):
    """The window's title: _NET_WM_NAME in UTF-8 (what GTK sets; "market.json — ReelRank" has no Latin-1
    form), else WM_NAME."""
    kind, format_, count, left = ctypes.c_ulong(), ctypes.c_int(), ctypes.c_ulong(), ctypes.c_ulong()
    value = ctypes.POINTER(ctypes.c_ubyte)()
    if x11.XGetWindowProperty(display, window, NET_WM_NAME, 0, 1024, False, UTF8_STRING, ctypes.byref(kind),
                              ctypes.byref(format_), ctypes.byref(count), ctypes.byref(left),
                              ctypes.byref(value)) == 0 and value:
        text = ctypes.string_at(value, count.value).decode("utf-8", "replace")
        x11.XFree(value)
        if text:
            return text
    name = ctypes.c_char_p()
    if not x11.XFetchName(display, window, ctypes.byref(name)) or not name.value:
        return ""
    text = name.value.decode("latin-1")
    x11.XFree(name)
    return text


def viewable(display, window):
    attributes = XWindowAttributes()
    if not x11.XGetWindowAttributes(display, window, ctypes.byref(attributes)):
        return None
    return attributes if attributes.map_state == IS_VIEWABLE else None


def rows(display, window, attributes):
    """Three rows of the window's pixels, each a list of pixel values; None if X could not read them."""
    read = []
    for fraction in ROWS:
        y = int(attributes.height * fraction)
        image = x11.XGetImage(display, window, 0, y, attributes.width, 1, ALL_PLANES, Z_PIXMAP)
        if not image:
            return None
        row = image.contents
        step = row.bits_per_pixel // 8
        data = ctypes.string_at(row.data, row.bytes_per_line)
        read.append([data[x * step:(x + 1) * step] for x in range(row.width)])
        x11.XFree(row.data)
        x11.XFree(image)
    return read


def drawn(now, when_mapped):
    if now is None or when_mapped is None or len(now[0]) != len(when_mapped[0]):
        return False
    changed = sum(1 for row, before in zip(now, when_mapped) if row != before or len(set(row)) >= DRAWN_ROW_COLOURS)
    return changed >= 2 and len(set().union(*now)) >= PAINTED_COLOURS


def main():
    args = sys.argv[1:]
    log = os.devnull
    if args[:1] == ["--log"] and len(args) > 1:
        log, args = args[1], args[2:]
    if len(args) < 2:
        print("window_times: usage: window_times.py [--log FILE] TITLE_REGEX COMMAND [ARG...]", file=sys.stderr)
        return 2
    wanted = re.compile(args[0])
    display = x11.XOpenDisplay(None)
    if not display:
        print(f"window_times: cannot open display {os.environ.get('DISPLAY')!r}", file=sys.stderr)
        return 2
    root = x11.XDefaultRootWindow(display)
    global NET_WM_NAME, UTF8_STRING
    NET_WM_NAME = x11.XInternAtom(display, b"_NET_WM_NAME", False)
    UTF8_STRING = x11.XInternAtom(display, b"UTF8_STRING", False)
    start = time.monotonic()
    with open(log, "wb") as output:
        program = subprocess.Popen(args[1:], stdin=subprocess.DEVNULL, stdout=output, stderr=subprocess.STDOUT)
    mapped = window = when_mapped = None
    while time.monotonic() - start < TIMEOUT_S:
        if window is None:
            window = find(display, root, wanted)
            if window is not None:
                mapped = time.monotonic()
        if window is not None:
            attributes = viewable(display, window)
            now = rows(display, window, attributes) if attributes else None
            if when_mapped is None:
                when_mapped = now
            if drawn(now, when_mapped):
                painted = time.monotonic()
                print(program.pid, round((mapped - start) * 1000), round((painted - start) * 1000), flush=True)
                return 0
        if program.poll() is not None:
            print(f"window_times: {args[1]} ended with {program.returncode} before its window was painted",
                  file=sys.stderr)
            return 1
        time.sleep(0.002)
    state = "mapped but never painted" if window is not None else "never mapped"
    print(f"window_times: no window titled {args[0]} painted within {TIMEOUT_S} s ({state}); pid {program.pid}",
          file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
