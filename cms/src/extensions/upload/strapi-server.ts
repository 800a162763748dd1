/**
 * Strapi's upload checks (config/plugins.ts, `security`) refuse active content by its declared type,
 * its name and what Strapi can detect, but they let through a text file that claims to be an image:
 * HTML named page.png, or sent as image/png, is stored because nothing in it is recognised. So the
 * upload service itself also reads the start of every file, for every caller (the admin's upload,
 * replace and upload-from-URL, the REST API, scripts), and refuses what is not an allowed image or
 * PDF under its own extension (src/media-library/file-types.ts).
 */
import { open } from 'node:fs/promises';
import { errors } from '@strapi/utils';
import { SNIFF_BYTES, uploadRefusal } from '../../media-library/file-types';

type IncomingFile = { filepath?: string; originalFilename?: string | null; name?: string };

async function readHead(filepath: string): Promise<Uint8Array> {
  const file = await open(filepath, 'r');
  try {
    const head = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await file.read(head, 0, SNIFF_BYTES, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

async function refuseUnlessAllowed(files: IncomingFile | IncomingFile[] | undefined): Promise<void> {
  for (const file of [files ?? []].flat()) {
    const fileName = file.originalFilename || file.name || 'unnamed file';
    if (!file.filepath) throw new errors.ValidationError(`'${fileName}' is not allowed in the media library: its content could not be read to check its type.`);
    const refusal = uploadRefusal(fileName, await readHead(file.filepath));
    if (refusal) throw new errors.ValidationError(refusal);
  }
}

/** The upload service's two entry points for new file content, as this extension wraps them. */
type UploadService = {
  upload(input: { files?: IncomingFile | IncomingFile[] }, ...rest: unknown[]): Promise<unknown>;
  replace(id: unknown, input: { file?: IncomingFile }, ...rest: unknown[]): Promise<unknown>;
};
/** The upload plugin as Strapi hands it to an extension: only its upload service factory is replaced. */
type UploadPlugin = { services: { upload: (context: unknown) => UploadService } };

export default <TPlugin extends UploadPlugin>(plugin: TPlugin) => {
  const createUploadService = plugin.services.upload;
  plugin.services.upload = (context: unknown) => {
    const service = createUploadService(context);
    return {
      ...service,
      async upload(input: { files?: IncomingFile | IncomingFile[] }, ...rest: unknown[]) {
        await refuseUnlessAllowed(input?.files);
        return service.upload(input, ...rest);
      },
      async replace(id: unknown, input: { file?: IncomingFile }, ...rest: unknown[]) {
        await refuseUnlessAllowed(input?.file);
        return service.replace(id, input, ...rest);
      },
    };
  };
  return plugin;
};
