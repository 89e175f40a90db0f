"""Render reports: papermill runs (:mod:`.report`), HTML export and sanitising (:mod:`.html`), the index page
(:mod:`.index`), the notebooks and their parameters (:mod:`.notebooks`, :mod:`.params`), and the notebook's
side of a report (:mod:`.context`: ``report_context``, ``notice``, ``headline``)."""
from marsad.runner.context import Report, headline, notice, report_context
from marsad.runner.html import export_html
from marsad.runner.index import write_index
from marsad.runner.notebooks import list_notebooks, notebook_parameters, resolve_notebook
from marsad.runner.params import ParameterError, resolve_country, validate_parameters
from marsad.runner.report import (EmptyCorpus, NotebookResult, ReportResult, UnsafeOutput, check_run_name,
                                  run_folder, run_report)

__all__ = [
    "run_report", "ReportResult", "NotebookResult", "export_html", "write_index", "list_notebooks",
    "notebook_parameters", "resolve_notebook", "report_context", "Report", "notice", "headline",
    "ParameterError", "validate_parameters", "resolve_country", "check_run_name", "run_folder",
    "EmptyCorpus", "UnsafeOutput",
]
