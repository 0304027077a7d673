/** What a route handler gets, and the small response helpers every route uses. */
import { HttpResponse } from 'msw';
import { MarathonApiError } from '../api-error';
import type { MarathonInstances } from '../marathon-instances';
import type { MarathonModel } from '../marathon-model';
import type { Deployment } from '../model-types';

export interface SimulationEnvironment {
  model: MarathonModel;
  instances: MarathonInstances;
  frameworkId: string;
  mesosMasterAddress(): string;
  /** See MarathonSimulationOptions.eventStream. */
  eventStream: boolean;
}

export interface RouteContext extends SimulationEnvironment {
  request: Request;
  url: URL;
  /** Index of the leader that handles the request (the receiving instance or the one it proxies to). */
  servedBy: number;
  /** Index of the instance the client connected to. */
  receivedBy: number;
}

export interface Route {
  method: string;
  pattern: RegExp;
  handle(context: RouteContext, params: string[]): Response | Promise<Response>;
}

export function json(body: unknown, status = 200, headers?: Record<string, string>): Response {
  return HttpResponse.json(body as Record<string, unknown>, { status, headers });
}

export function flag(url: URL, name: string, fallback = false): boolean {
  const value = url.searchParams.get(name);
  return value === null ? fallback : value === 'true';
}

export function deploymentResponse(deployment: Deployment, status = 200): Response {
  return json({ deploymentId: deployment.id, version: deployment.version }, status, {
    'Marathon-Deployment-Id': deployment.id,
  });
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/** Reads a JSON body; unparseable text is Jackson's parse error: 400 with `details` as a string. */
export async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === '') {
    throw new MarathonApiError(400, {
      message: 'Invalid JSON',
      details: 'No content to map due to end-of-input',
    });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const match = /position (\d+)/.exec(String(error));
    const position = match ? Number(match[1]) : text.length;
    const { line, column } = lineAndColumn(text, position);
    const char = text[position];
    const what =
      char === undefined
        ? 'Unexpected end-of-input'
        : `Unexpected character ('${char}' (code ${char.charCodeAt(0)}))`;
    throw new MarathonApiError(400, {
      message: 'Invalid JSON',
      details: `${what}\n at [Source: (String); line: ${line}, column: ${column}]`,
    });
  }
}

/** The id part of a URL (`prod/web`) as an absolute app id. */
export function appIdFromUrl(raw: string): string {
  return `/${decodeURIComponent(raw).replace(/^\/+|\/+$/g, '')}`;
}
