"""Executes notebooks headless, checks their figures and renders them to HTML (run by notebooks/run.sh).

For each notebook given, in order:
  1. the committed file must carry no outputs, execution counts or times (fails before anything runs);
  2. it is executed with nbclient in its own folder (a failing cell fails the script; the partly executed notebook is
     still written, to read the error in context);
  3. every code cell whose id starts with "fig-" must have drawn exactly one PNG figure, no other cell may draw one,
     and a notebook must have at least one;
  4. it is written, executed, as <output>/<name>.ipynb and <name>.html (figures embedded), each figure as
     <output>/<name>/<cell id>.png, and the figure of the cell tagged "readme-figure" as <readme dir>/<name>.png.
The notebooks read their parameters (LIVEBLOG_WAREHOUSE, LIVEBLOG_MANIFEST) from the environment this inherits.

Usage: python execute.py --output DIR [--readme-figures DIR] NOTEBOOK...
       python execute.py --strip NOTEBOOK...      (removes outputs, execution counts and times in place)
"""

import argparse
import base64
import html
import os
import sys
import time
from pathlib import Path

import nbformat

FIGURE_PREFIX = "fig-"
README_TAG = "readme-figure"


def committed_outputs(nb):
    """Ids of the code cells that carry outputs, an execution count or execution times."""
    return [cell.get("id", "?") for cell in nb.cells
            if cell.cell_type == "code" and (cell.get("outputs") or cell.get("execution_count") is not None
                                             or "execution" in cell.get("metadata", {}))]


def strip(paths):
    for path in paths:
        nb = nbformat.read(path, as_version=4)
        for cell in nb.cells:
            if cell.cell_type == "code":
                cell.outputs = []
                cell.execution_count = None
                cell.metadata.pop("execution", None)
        nbformat.write(nb, path)
        print(f"stripped {path}")


def png_outputs(cell):
    return [out for out in cell.get("outputs", []) if "image/png" in out.get("data", {})]


def figures(nb, name):
    """The notebook's figures by cell id; raises when a figure cell drew none or several, or another cell drew one."""
    found, problems = {}, []
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        pngs = png_outputs(cell)
        if cell.id.startswith(FIGURE_PREFIX):
            if len(pngs) != 1:
                problems.append(f"cell {cell.id} drew {len(pngs)} figures, not one")
            else:
                found[cell.id] = base64.b64decode(pngs[0]["data"]["image/png"])
        elif pngs:
            problems.append(f"cell {cell.id} drew a figure but its id does not start with '{FIGURE_PREFIX}'")
    if not found and not problems:
        problems.append("no figure at all")
    if problems:
        raise SystemExit(f"{name}: " + "; ".join(problems))
    return found


def readme_figure(nb, name):
    tagged = [cell.id for cell in nb.cells if README_TAG in cell.get("metadata", {}).get("tags", [])]
    if len(tagged) != 1 or not tagged[0].startswith(FIGURE_PREFIX):
        raise SystemExit(f"{name}: needs exactly one figure cell tagged '{README_TAG}', found {tagged}")
    return tagged[0]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="+", type=Path)
    parser.add_argument("--output", type=Path, help="folder for the executed notebooks, HTML and PNG files")
    parser.add_argument("--readme-figures", type=Path, help="folder to copy each notebook's README figure to")
    parser.add_argument("--strip", action="store_true", help="strip outputs in place and exit")
    parser.add_argument("--timeout", type=int, default=900, help="seconds a cell may run (default 900)")
    args = parser.parse_args()
    if args.strip:
        strip(args.notebooks)
        return
    if args.output is None:
        parser.error("--output is required")

    # Imported here so that --strip needs nbformat only.
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError
    from nbconvert import HTMLExporter

    committed = {path: nbformat.read(path, as_version=4) for path in args.notebooks}
    dirty = {path.name: ids for path, nb in committed.items() if (ids := committed_outputs(nb))}
    if dirty:
        raise SystemExit("committed notebooks must carry no outputs (python notebooks/execute.py --strip FILE): "
                         + "; ".join(f"{name}: cells {', '.join(ids)}" for name, ids in dirty.items()))

    args.output.mkdir(parents=True, exist_ok=True)
    rendered = []
    for path, nb in committed.items():
        name = path.stem
        readme_id = readme_figure(nb, name)
        started = time.monotonic()
        client = NotebookClient(nb, timeout=args.timeout, kernel_name="python3",
                                resources={"metadata": {"path": str(path.parent)}})
        failure = None
        try:
            client.execute()
        except CellExecutionError as error:
            failure = error
        seconds = time.monotonic() - started
        nbformat.write(nb, args.output / f"{name}.ipynb")
        body, _ = HTMLExporter().from_notebook_node(nb)
        (args.output / f"{name}.html").write_text(body, encoding="utf-8")
        if failure is not None:
            print(failure, file=sys.stderr)
            raise SystemExit(f"{name}: a cell failed after {seconds:.1f} s; executed notebook in "
                             f"{args.output / (name + '.html')}")

        found = figures(nb, name)
        figure_dir = args.output / name
        figure_dir.mkdir(exist_ok=True)
        for stale in figure_dir.glob("*.png"):
            stale.unlink()
        for cell_id, png in found.items():
            (figure_dir / f"{cell_id}.png").write_bytes(png)
        if args.readme_figures is not None:
            args.readme_figures.mkdir(parents=True, exist_ok=True)
            (args.readme_figures / f"{name}.png").write_bytes(found[readme_id])
        rendered.append((name, sorted(found)))
        print(f"{name}: executed in {seconds:.1f} s, {len(found)} figures: {', '.join(sorted(found))}")

    items = "\n".join(
        f'<li><a href="{html.escape(name)}.html">{html.escape(name)}</a>: '
        + ", ".join(f'<a href="{html.escape(name)}/{html.escape(f)}.png">{html.escape(f)}</a>' for f in figs)
        + "</li>" for name, figs in rendered)
    (args.output / "index.html").write_text(
        f"<!doctype html><meta charset=utf-8><title>liveblog-analytics notebooks</title>\n"
        f"<h1>Notebooks</h1>\n<p>Warehouse: {html.escape(os.environ.get('LIVEBLOG_WAREHOUSE', '(default)'))}</p>\n"
        f"<ul>\n{items}\n</ul>\n",
        encoding="utf-8")


if __name__ == "__main__":
    main()
