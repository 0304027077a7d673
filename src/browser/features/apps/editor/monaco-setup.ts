/**
 * The only module that imports monaco-editor. It is reached through dynamic imports alone, so
 * Monaco is a separate chunk fetched when an editor opens, and served by Stadium (no CDN).
 */
import { loader } from '@monaco-editor/react';
import * as monaco from 'monaco-editor';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker';
import { APP_DEFINITION_SCHEMA_URI, appDefinitionSchema } from './app-definition-schema';

/** Model path of the app definition; the schema applies to this model only. */
export const APP_MODEL_PATH = 'stadium-app-definition.json';

self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    return label === 'json' ? new JsonWorker() : new EditorWorker();
  },
};

loader.config({ monaco });

monaco.json.jsonDefaults.setDiagnosticsOptions({
  validate: true,
  schemaValidation: 'error',
  enableSchemaRequest: false,
  schemas: [
    {
      uri: APP_DEFINITION_SCHEMA_URI,
      fileMatch: [`*${APP_MODEL_PATH}`],
      schema: appDefinitionSchema,
    },
  ],
});

export { monaco };
