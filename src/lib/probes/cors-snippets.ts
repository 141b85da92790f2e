// Server snippets that let this checklist read the app's health routes, so probes can see more.

/** The origin as an Elixir string literal body: no quote, backslash or interpolation can break it. */
function elixirText(text: string): string {
	return text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/#\{/g, '\\#{');
}

/** The origin as an nginx double-quoted string body. */
function nginxText(text: string): string {
	return text.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
}

/** A Phoenix plug and nginx lines that let only `appOrigin` read /health and /health/deep. */
export function corsSnippets(appOrigin: string): { phoenix: string; nginx: string } {
	const ex = elixirText(appOrigin);
	const ng = nginxText(appOrigin);
	const phoenix = `# Lets only the checklist at ${ex} read /health and /health/deep (nothing else).
# "*" in expose-headers also exposes that header itself, so the checklist can tell an
# absent header from a hidden one.
# Plug it in lib/your_app_web/endpoint.ex before the router (and before any health plug):
#   plug YourAppWeb.ShipshapeCORS
defmodule YourAppWeb.ShipshapeCORS do
  @behaviour Plug
  import Plug.Conn

  @origin "${ex}"

  @impl true
  def init(opts), do: opts

  @impl true
  def call(%Plug.Conn{request_path: path} = conn, _opts)
      when path in ["/health", "/health/deep"] do
    conn
    |> put_resp_header("access-control-allow-origin", @origin)
    |> put_resp_header("access-control-expose-headers", "*")
    |> put_resp_header("timing-allow-origin", @origin)
    |> put_resp_header("vary", "origin")
  end

  def call(conn, _opts), do: conn
end
`;
	const nginx = `# Lets only the checklist at ${ng} read /health and /health/deep (nothing else).
# "*" in expose-headers also exposes that header itself, so the checklist can tell an
# absent header from a hidden one.
# add_header here replaces the server block's add_header lines for these two routes.
location ~ ^/health(/deep)?$ {
    add_header Access-Control-Allow-Origin "${ng}" always;
    add_header Access-Control-Expose-Headers "*" always;
    add_header Timing-Allow-Origin "${ng}" always;
    add_header Vary "Origin" always;
    proxy_pass http://your_app;  # as in your other locations
}
`;
	return { phoenix, nginx };
}
