/**
 * The only module that imports monaco-editor. It is reached through dynamic imports alone, so
 * Monaco is a separate chunk fetched when an editor opens, and served by Stadium (no CDN).
 */
import { loader } from '@monaco-editor/react';
import * as monaco from 'monaco-editor';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker';
import { APP_DEFINITION_SCHEMA_URI, appDefinitionSchema } from './app-definition-schema';
import { POD_DEFINITION_SCHEMA_URI, podDefinitionSchema } from './pod-definition-schema';

/** Model paths of the app and pod definitions; each schema applies to its model only. */
export const MODEL_PATHS = {
  app: 'stadium-app-definition.json',
  pod: 'stadium-pod-definition.json',
} as const;

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
      fileMatch: [`*${MODEL_PATHS.app}`],
      schema: appDefinitionSchema,
    },
    {
      uri: POD_DEFINITION_SCHEMA_URI,
      fileMatch: [`*${MODEL_PATHS.pod}`],
      schema: podDefinitionSchema,
    },
  ],
});

export { monaco };
