// The webview entry point; built in the foundation issue.
export {};
