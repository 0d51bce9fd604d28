import App

try await runNastavnik()
