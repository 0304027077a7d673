/** Jetty's `sendError` page: what Marathon's servlet filters answer with (HTML, not JSON). */
export function jettyErrorPage(status: number, reason: string, path: string): Response {
  const body = `<html>
<head>
<meta http-equiv="Content-Type" content="text/html;charset=ISO-8859-1"/>
<title>Error ${status} ${reason}</title>
</head>
<body><h2>HTTP ERROR ${status}</h2>
<p>Problem accessing ${path}. Reason:
<pre>    ${reason}</pre></p><hr><i><small>Powered by Jetty://</small></i><hr/>
</body>
</html>
`;
  return new Response(body, {
    status,
    headers: { 'Content-Type': 'text/html;charset=ISO-8859-1' },
  });
}
