import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AppEditor, type AppEditorProps } from './app-editor';
import { browserDraftStore } from './draft-store';
import { renderWithEditorI18n } from '../../../testing/render-with-editor-i18n';
import { APP_TEMPLATES } from './templates';

// jsdom cannot run Monaco: the editors become plain elements and the setup module is inert.
vi.mock('@monaco-editor/react', () => import('../../../testing/monaco-react-stub'));
vi.mock('./monaco-setup', () => ({
  MODEL_PATHS: { app: 'app.json', pod: 'pod.json' },
  monaco: {},
}));

const NGINX_1_4 = `{
  "id": "nginx",
  "cpus": 0.2,
  "mem": 32.0,
  "instances": 1,
  "constraints": [["hostname", "UNIQUE"]],
  "container": {
    "type": "DOCKER",
    "docker": { "image": "docker.io/nginx", "network": "BRIDGE", "futureKey": true,
      "portMappings": [{ "containerPort": 80, "hostPort": 0, "servicePort": 0, "protocol": "tcp" }] }
  }
}`;

const BLOG_PASTE =
  '{ "id":"nginx", "cpus":0.2, "mem":32.0, "instances": 1, "constraints": [["hostname""UNIQUE",""]], "container": { "type":"DOCKER", "docker": { "image""docker.io/nginx", "network""BRIDGE", "portMappings": [ {"containerPort": 80, "hostPort": 0,"servicePort": 0, "protocol""tcp" } ] } } }';

function renderEditor(props: Partial<AppEditorProps> = {}, language: 'en' | 'zh-CN' = 'en') {
  const onSubmit = vi.fn();
  const view = renderWithEditorI18n(
    <AppEditor
      initialText={NGINX_1_4}
      onSubmit={onSubmit}
      submitLabel="Create application"
      {...props}
    />,
    language,
  );
  return { ...view, onSubmit };
}

/** The text of the elements named by aria-describedby, as a screen reader reads it after the label. */
function description(element: HTMLElement): string {
  const ids = element.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

const jsonText = () =>
  screen.findByRole<HTMLTextAreaElement>('textbox', { name: 'App definition (JSON)' });
const setJson = async (text: string) =>
  fireEvent.change(await jsonText(), { target: { value: text } });

describe('AppEditor', () => {
  it('opens in JSON mode with a JSON / Form switch and the caller’s submit button', async () => {
    renderEditor();
    expect(screen.getByRole('tab', { name: 'JSON', selected: true })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Form' })).toBeTruthy();
    expect((await jsonText()).value).toBe(NGINX_1_4);
    expect(screen.getByRole('button', { name: 'Create application' })).toBeTruthy();
  });

  it('answers the blog paste with line and column, keeps the text, and does not submit it', async () => {
    const { user, onSubmit } = renderEditor();
    await setJson(BLOG_PASTE);
    const column = BLOG_PASTE.indexOf('"UNIQUE"') + 1;
    expect(screen.getByRole('alert').textContent).toContain(
      `Expected ',' or ']' after array element at line 1, column ${column}`,
    );
    await user.click(screen.getByRole('tab', { name: 'Form' }));
    expect(screen.getByText(/The form shows the document once it is valid JSON/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Back to JSON' }));
    expect((await jsonText()).value).toBe(BLOG_PASTE);
    await user.click(screen.getByRole('button', { name: 'Create application' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByText('Fix the JSON before sending it.')).toBeTruthy();
  });

  it('writes form edits into the JSON, keeping fields the form does not know', async () => {
    const { user, onSubmit } = renderEditor();
    await user.click(screen.getByRole('tab', { name: 'Form' }));
    const cpus = screen.getByRole('textbox', { name: 'CPUs' });
    await user.clear(cpus);
    await user.type(cpus, '0.5');
    await user.click(screen.getByRole('tab', { name: 'JSON' }));
    const edited = JSON.parse((await jsonText()).value) as Record<string, unknown>;
    expect(edited).toEqual({ ...(JSON.parse(NGINX_1_4) as Record<string, unknown>), cpus: 0.5 });
    await user.click(screen.getByRole('button', { name: 'Create application' }));
    expect(onSubmit).toHaveBeenCalledWith(edited, { force: false });
  });

  it('keeps a JSON edit when switching to the form and back', async () => {
    const { user } = renderEditor();
    const withLabels = NGINX_1_4.replace(
      '"instances": 1,',
      '"instances": 1, "labels": {"team": "web"},',
    );
    await setJson(withLabels);
    await user.click(screen.getByRole('tab', { name: 'Form' }));
    expect((screen.getByRole('textbox', { name: 'Value of team' }) as HTMLInputElement).value).toBe(
      'web',
    );
    await user.click(screen.getByRole('tab', { name: 'JSON' }));
    expect((await jsonText()).value).toBe(withLabels);
  });

  it('explains port rules in place and at the field', async () => {
    const { user } = renderEditor({ initialMode: 'form' });
    expect(screen.getByText(/0 means Marathon assigns one dynamically/)).toBeTruthy();
    const hostPort = screen.getByRole('textbox', { name: 'Host port' });
    await user.clear(hostPort);
    await user.type(hostPort, '31030');
    const servicePort = screen.getByRole('textbox', { name: 'Service port' });
    expect(description(servicePort)).toBe(
      'Host port 31030 is fixed: give it a service port as well.',
    );
  });

  it('builds a constraint and explains what its operator needs', async () => {
    const { user } = renderEditor({ initialMode: 'form' });
    await user.click(screen.getByRole('button', { name: 'Add a constraint' }));
    const second = screen.getByRole('group', { name: 'Constraint 2' });
    await user.selectOptions(within(second).getByRole('combobox', { name: 'Operator' }), 'MAX_PER');
    const value = within(second).getByRole('textbox', { name: 'Value' });
    expect(description(value)).toBe('MAX_PER needs a whole number, like 2.');
    await user.type(value, '2');
    expect(description(value)).toBe('');
    await user.click(screen.getByRole('tab', { name: 'JSON' }));
    expect(JSON.parse((await jsonText()).value)).toMatchObject({
      constraints: [
        ['hostname', 'UNIQUE'],
        ['hostname', 'MAX_PER', '2'],
      ],
    });
  });

  it('adds, renames and fills environment variables', async () => {
    const { user } = renderEditor({ initialMode: 'form' });
    const env = screen.getByRole('region', { name: 'Environment' });
    await user.type(within(env).getByRole('textbox', { name: 'New name' }), 'JAVA_OPTS');
    await user.type(within(env).getByRole('textbox', { name: 'New value' }), '-Xmx1g');
    await user.click(within(env).getByRole('button', { name: 'Add' }));
    const name = within(env).getByRole('textbox', { name: 'Name of JAVA_OPTS' });
    await user.clear(name);
    await user.type(name, 'OPTS{Enter}');
    expect(
      (within(env).getByRole('textbox', { name: 'Value of OPTS' }) as HTMLInputElement).value,
    ).toBe('-Xmx1g');
    await user.click(within(env).getByRole('button', { name: 'Add' }));
    expect(within(env).getByText('Enter a name.')).toBeTruthy();
  });

  it('shows a 422 error at its field in the form and with its path in the summary', async () => {
    const serverError = {
      status: 422,
      body: {
        message: 'Object is not valid',
        details: [
          { path: '/container/portMappings(0)/hostPort', errors: ['must not be negative'] },
        ],
      },
    };
    renderEditor({ serverError, initialMode: 'form' });
    expect(description(screen.getByRole('textbox', { name: 'Host port' }))).toBe(
      'must not be negative',
    );
    expect(screen.getByRole('textbox', { name: 'Host port' }).getAttribute('aria-invalid')).toBe(
      'true',
    );
    expect(
      screen.getByText('/container/docker/portMappings/0/hostPort: must not be negative'),
    ).toBeTruthy();
  });

  it('offers force on a deployment lock and says what forcing does', async () => {
    const { user, onSubmit } = renderEditor({
      serverError: {
        status: 409,
        body: { message: 'App is locked', deployments: [{ id: 'd-42' }] },
      },
    });
    expect(screen.getByText(/locked by a deployment in progress \(d-42\)/)).toBeTruthy();
    expect(screen.getByText(/old and new versions can run side by side/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Force the change' }));
    expect(onSubmit).toHaveBeenCalledWith(JSON.parse(NGINX_1_4), { force: true });
  });

  it('says when the id exists, and offers no force', () => {
    renderEditor({
      serverError: { status: 409, body: { message: 'An app with id [/nginx] already exists.' } },
    });
    expect(screen.getByText(/An app with this id already exists/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Force the change' })).toBeNull();
  });

  it('shows a 500 normalisation error about the whole document', () => {
    renderEditor({
      serverError: {
        status: 500,
        body: { message: 'cannot mix deprecated and canonical network APIs' },
      },
    });
    expect(
      screen.getByText(
        'Marathon refused the document (HTTP 500): cannot mix deprecated and canonical network APIs',
      ),
    ).toBeTruthy();
  });

  it('keeps the draft across a remount (a reload) until the caller clears it', async () => {
    const first = renderEditor({ draftKey: 'new' });
    await setJson('{"id": "half-typed"');
    first.unmount();
    renderEditor({ draftKey: 'new' });
    expect(screen.getByText('Your unsent draft was restored.')).toBeTruthy();
    expect((await jsonText()).value).toBe('{"id": "half-typed"');
    expect(browserDraftStore().load('new')).toBe('{"id": "half-typed"');
    fireEvent.click(screen.getByRole('button', { name: 'Discard the draft' }));
    expect((await jsonText()).value).toBe(NGINX_1_4);
  });

  it('for Edit, shows the review diff before sending, without status fields', async () => {
    const current = JSON.stringify({
      ...(JSON.parse(NGINX_1_4) as object),
      version: '2026-01-01T00:00:00Z',
    });
    const { user, onSubmit } = renderEditor({
      reviewAgainst: current,
      submitLabel: 'Save changes',
    });
    await setJson(NGINX_1_4.replace('"instances": 1', '"instances": 3'));
    await user.click(screen.getByRole('button', { name: 'Review changes' }));
    expect((await screen.findByTestId('diff-original')).textContent).toContain('"instances": 1');
    expect(screen.getByTestId('diff-original').textContent).not.toContain('version');
    expect(screen.getByTestId('diff-modified').textContent).toContain('"instances": 3');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ instances: 3 }), {
      force: false,
    });
  });

  it('starts from a template, asking before it replaces edited text', async () => {
    const { user } = renderEditor({ showTemplates: true });
    const tomcat = APP_TEMPLATES.find((template) => template.id === 'tomcat');
    await user.click(
      screen.getByRole('button', { name: 'Tomcat (Docker, bridge network, port 8080)' }),
    );
    expect((await jsonText()).value).toBe(tomcat?.text);
    await setJson('{"id": "mine"}');
    await user.click(
      screen.getByRole('button', { name: 'nginx (Docker, bridge network, port 80)' }),
    );
    expect((await jsonText()).value).toBe('{"id": "mine"}');
    await user.click(screen.getByRole('button', { name: 'Replace' }));
    expect(JSON.parse((await jsonText()).value)).toMatchObject({ id: 'nginx' });
  });

  it('speaks Chinese when the language is zh-CN', async () => {
    renderEditor({}, 'zh-CN');
    expect(screen.getByRole('tab', { name: '表单' })).toBeTruthy();
    const editor = await screen.findByRole('textbox', { name: '应用定义（JSON）' });
    fireEvent.change(editor, { target: { value: '{"id" "x"}' } });
    expect(screen.getByRole('alert').textContent).toContain("属性名后应为 ':'，位于第 1 行第 7 列");
  });
});
