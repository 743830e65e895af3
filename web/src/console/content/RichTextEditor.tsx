// The article body editor: Tiptap (ProseMirror) with a small toolbar of what the server keeps
// (headings, bold/italic, lists, quotes, links, images). It edits HTML; the server sanitises what it
// gets. The image button uploads the picture to the owning organisation (the server re-encodes it
// and strips its metadata) and places it by the URL the server answers; pasted or dropped pictures
// from elsewhere are not taken (allowBase64 off, and the server keeps only its own image URLs).
import {
  BoldOutlined,
  ItalicOutlined,
  LinkOutlined,
  OrderedListOutlined,
  PictureOutlined,
  RedoOutlined,
  UndoOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import Image from '@tiptap/extension-image';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { App, Button, Flex, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../shared/errors.ts';
import { uploadContentMedia } from './media-api.ts';

type Props = {
  value?: string;
  onChange?: (html: string) => void;
  /** The organisation the images are uploaded to (the item's owner); no image button without it. */
  orgId?: number;
};

const IMAGE_TYPES = 'image/jpeg,image/png,image/webp,image/gif';

export function RichTextEditor({ value = '', onChange, orgId }: Props) {
  const { t } = useTranslation('content');
  const { message } = App.useApp();
  const fileInput = useRef<HTMLInputElement>(null);
  const [isUploading, setUploading] = useState(false);
  const editor = useEditor({
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3] },
        codeBlock: false,
        code: false,
        link: {
          openOnClick: false,
          protocols: ['http', 'https'],
          HTMLAttributes: { rel: 'noopener noreferrer nofollow' },
        },
      }),
      Image.configure({ inline: false, allowBase64: false }),
    ],
    content: value,
    onUpdate: ({ editor: e }) => onChange?.(e.getHTML()),
  });
  // A value loaded after the editor started (an existing article) replaces the empty body once.
  useEffect(() => {
    if (editor && value && editor.isEmpty) editor.commands.setContent(value, { emitUpdate: false });
  }, [editor, value]);
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      h2: e?.isActive('heading', { level: 2 }) ?? false,
      h3: e?.isActive('heading', { level: 3 }) ?? false,
      bold: e?.isActive('bold') ?? false,
      italic: e?.isActive('italic') ?? false,
      bullet: e?.isActive('bulletList') ?? false,
      ordered: e?.isActive('orderedList') ?? false,
      quote: e?.isActive('blockquote') ?? false,
      link: e?.isActive('link') ?? false,
    }),
  });
  if (!editor) return null;
  const chain = () => editor.chain().focus();
  const tool = (key: keyof NonNullable<typeof state>, icon: ReactNode, run: () => void) => (
    <Tooltip title={t(`toolbar.${key}`)}>
      <Button
        size="small"
        type={state?.[key] ? 'primary' : 'text'}
        aria-label={t(`toolbar.${key}`)}
        aria-pressed={state?.[key] ?? false}
        icon={icon}
        onClick={run}
      />
    </Tooltip>
  );
  const setLink = () => {
    const href = window.prompt(t('toolbar.linkPrompt'), editor.getAttributes('link').href ?? 'https://');
    if (href === null) return;
    if (!/^https?:\/\/\S+$/i.test(href)) chain().unsetLink().run();
    else chain().extendMarkRange('link').setLink({ href }).run();
  };
  const insertImage = async (file: File | undefined) => {
    if (!file || orgId === undefined) return;
    setUploading(true);
    try {
      const media = await uploadContentMedia('images', orgId, file);
      chain()
        .setImage({ src: media.url, alt: file.name.replace(/\.[^.]+$/, '') })
        .run();
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setUploading(false);
      if (fileInput.current) fileInput.current.value = '';
    }
  };
  return (
    <div className="hy-rte">
      <Flex gap={4} wrap className="hy-rte-toolbar" role="toolbar">
        {tool('h2', <span className="hy-rte-h">H2</span>, () => chain().toggleHeading({ level: 2 }).run())}
        {tool('h3', <span className="hy-rte-h">H3</span>, () => chain().toggleHeading({ level: 3 }).run())}
        {tool('bold', <BoldOutlined />, () => chain().toggleBold().run())}
        {tool('italic', <ItalicOutlined />, () => chain().toggleItalic().run())}
        {tool('bullet', <UnorderedListOutlined />, () => chain().toggleBulletList().run())}
        {tool('ordered', <OrderedListOutlined />, () => chain().toggleOrderedList().run())}
        {tool('quote', <span className="hy-rte-h">“ ”</span>, () => chain().toggleBlockquote().run())}
        {tool('link', <LinkOutlined />, setLink)}
        <Tooltip title={orgId === undefined ? t('toolbar.imageNeedsOrg') : t('toolbar.image')}>
          <Button
            size="small"
            type="text"
            aria-label={t('toolbar.image')}
            icon={<PictureOutlined />}
            loading={isUploading}
            disabled={orgId === undefined}
            onClick={() => fileInput.current?.click()}
          />
        </Tooltip>
        <input
          ref={fileInput}
          type="file"
          accept={IMAGE_TYPES}
          style={{ display: 'none' }}
          aria-hidden
          onChange={(e) => void insertImage(e.target.files?.[0])}
        />
        <Tooltip title={t('toolbar.undo')}>
          <Button
            size="small"
            type="text"
            aria-label={t('toolbar.undo')}
            icon={<UndoOutlined />}
            onClick={() => chain().undo().run()}
          />
        </Tooltip>
        <Tooltip title={t('toolbar.redo')}>
          <Button
            size="small"
            type="text"
            aria-label={t('toolbar.redo')}
            icon={<RedoOutlined />}
            onClick={() => chain().redo().run()}
          />
        </Tooltip>
      </Flex>
      <EditorContent editor={editor} className="hy-rte-body hy-article" />
    </div>
  );
}
