// Intentionally empty until the interop issues land (CSV, iCalendar, mbox).
