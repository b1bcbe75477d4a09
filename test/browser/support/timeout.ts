// Browser tests start the sandbox and Chromium: allow them minutes, not jest's default 5 s.
jest.setTimeout(120000)
