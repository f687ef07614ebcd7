"""Import and export formats, free of any database: dates as people type them, spreadsheet CSV in
and out, and the complete versioned JSON export.

Modules (imported on use, nothing here):

* :mod:`heardback.transfer.dates` -- ``parse_date``, ``parse_datetime``, ``infer_order``,
  ``default_order``, ``DateError``
* :mod:`heardback.transfer.csv_import` -- ``read_csv`` -> ``ImportPlan``
* :mod:`heardback.transfer.csv_export` -- ``export_csv``
* :mod:`heardback.transfer.json_format` -- ``dump`` and ``load`` -> ``Export``
"""
