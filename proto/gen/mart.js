/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const mart = $root.mart = (() => {

    /**
     * Namespace mart.
     * @exports mart
     * @namespace
     */
    const mart = {};

    mart.catalog = (function() {

        /**
         * Namespace catalog.
         * @memberof mart
         * @namespace
         */
        const catalog = {};

        catalog.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof mart.catalog
             * @namespace
             */
            const v1 = {};

            v1.ProductCreated = (function() {

                /**
                 * Properties of a ProductCreated.
                 * @typedef {Object} mart.catalog.v1.ProductCreated.$Properties
                 * @property {mart.catalog.v1.Product.$Properties|null} [product] ProductCreated product
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ProductCreated.
                 * @memberof mart.catalog.v1
                 * @interface IProductCreated
                 * @augments mart.catalog.v1.ProductCreated.$Properties
                 * @deprecated Use mart.catalog.v1.ProductCreated.$Properties instead.
                 */

                /**
                 * Shape of a ProductCreated.
                 * @typedef {mart.catalog.v1.ProductCreated.$Properties} mart.catalog.v1.ProductCreated.$Shape
                 */

                /**
                 * Constructs a new ProductCreated.
                 * @memberof mart.catalog.v1
                 * @classdesc Represents a ProductCreated.
                 * @constructor
                 * @param {mart.catalog.v1.ProductCreated.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ProductCreated = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ProductCreated product.
                 * @member {mart.catalog.v1.Product.$Properties|null|undefined} product
                 * @memberof mart.catalog.v1.ProductCreated
                 * @instance
                 */
                ProductCreated.prototype.product = null;

                /**
                 * Encodes the specified ProductCreated message. Does not implicitly {@link mart.catalog.v1.ProductCreated.verify|verify} messages.
                 * @function encode
                 * @memberof mart.catalog.v1.ProductCreated
                 * @static
                 * @param {mart.catalog.v1.ProductCreated.$Properties} message ProductCreated message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ProductCreated.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.product != null && $Object.hasOwnProperty.call(message, "product"))
                        $root.mart.catalog.v1.Product.encode(message.product, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ProductCreated message from the specified reader or buffer.
                 * @function decode
                 * @memberof mart.catalog.v1.ProductCreated
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {mart.catalog.v1.ProductCreated & mart.catalog.v1.ProductCreated.$Shape} ProductCreated
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ProductCreated.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mart.catalog.v1.ProductCreated();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.product = $root.mart.catalog.v1.Product.decode(reader, reader.size(), $undefined, _depth + 1, message.product);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for ProductCreated
                 * @function getTypeUrl
                 * @memberof mart.catalog.v1.ProductCreated
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ProductCreated.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/mart.catalog.v1.ProductCreated";
                };

                return ProductCreated;
            })();

            v1.ProductUpdated = (function() {

                /**
                 * Properties of a ProductUpdated.
                 * @typedef {Object} mart.catalog.v1.ProductUpdated.$Properties
                 * @property {mart.catalog.v1.Product.$Properties|null} [product] ProductUpdated product
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ProductUpdated.
                 * @memberof mart.catalog.v1
                 * @interface IProductUpdated
                 * @augments mart.catalog.v1.ProductUpdated.$Properties
                 * @deprecated Use mart.catalog.v1.ProductUpdated.$Properties instead.
                 */

                /**
                 * Shape of a ProductUpdated.
                 * @typedef {mart.catalog.v1.ProductUpdated.$Properties} mart.catalog.v1.ProductUpdated.$Shape
                 */

                /**
                 * Constructs a new ProductUpdated.
                 * @memberof mart.catalog.v1
                 * @classdesc Represents a ProductUpdated.
                 * @constructor
                 * @param {mart.catalog.v1.ProductUpdated.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ProductUpdated = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ProductUpdated product.
                 * @member {mart.catalog.v1.Product.$Properties|null|undefined} product
                 * @memberof mart.catalog.v1.ProductUpdated
                 * @instance
                 */
                ProductUpdated.prototype.product = null;

                /**
                 * Encodes the specified ProductUpdated message. Does not implicitly {@link mart.catalog.v1.ProductUpdated.verify|verify} messages.
                 * @function encode
                 * @memberof mart.catalog.v1.ProductUpdated
                 * @static
                 * @param {mart.catalog.v1.ProductUpdated.$Properties} message ProductUpdated message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ProductUpdated.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.product != null && $Object.hasOwnProperty.call(message, "product"))
                        $root.mart.catalog.v1.Product.encode(message.product, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ProductUpdated message from the specified reader or buffer.
                 * @function decode
                 * @memberof mart.catalog.v1.ProductUpdated
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {mart.catalog.v1.ProductUpdated & mart.catalog.v1.ProductUpdated.$Shape} ProductUpdated
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ProductUpdated.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mart.catalog.v1.ProductUpdated();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.product = $root.mart.catalog.v1.Product.decode(reader, reader.size(), $undefined, _depth + 1, message.product);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for ProductUpdated
                 * @function getTypeUrl
                 * @memberof mart.catalog.v1.ProductUpdated
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ProductUpdated.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/mart.catalog.v1.ProductUpdated";
                };

                return ProductUpdated;
            })();

            v1.ProductArchived = (function() {

                /**
                 * Properties of a ProductArchived.
                 * @typedef {Object} mart.catalog.v1.ProductArchived.$Properties
                 * @property {string|null} [productId] ProductArchived productId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ProductArchived.
                 * @memberof mart.catalog.v1
                 * @interface IProductArchived
                 * @augments mart.catalog.v1.ProductArchived.$Properties
                 * @deprecated Use mart.catalog.v1.ProductArchived.$Properties instead.
                 */

                /**
                 * Shape of a ProductArchived.
                 * @typedef {mart.catalog.v1.ProductArchived.$Properties} mart.catalog.v1.ProductArchived.$Shape
                 */

                /**
                 * Constructs a new ProductArchived.
                 * @memberof mart.catalog.v1
                 * @classdesc Represents a ProductArchived.
                 * @constructor
                 * @param {mart.catalog.v1.ProductArchived.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ProductArchived = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ProductArchived productId.
                 * @member {string} productId
                 * @memberof mart.catalog.v1.ProductArchived
                 * @instance
                 */
                ProductArchived.prototype.productId = "";

                /**
                 * Encodes the specified ProductArchived message. Does not implicitly {@link mart.catalog.v1.ProductArchived.verify|verify} messages.
                 * @function encode
                 * @memberof mart.catalog.v1.ProductArchived
                 * @static
                 * @param {mart.catalog.v1.ProductArchived.$Properties} message ProductArchived message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ProductArchived.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.productId != null && $Object.hasOwnProperty.call(message, "productId") && message.productId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.productId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ProductArchived message from the specified reader or buffer.
                 * @function decode
                 * @memberof mart.catalog.v1.ProductArchived
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {mart.catalog.v1.ProductArchived & mart.catalog.v1.ProductArchived.$Shape} ProductArchived
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ProductArchived.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mart.catalog.v1.ProductArchived();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.productId = value;
                                else
                                    delete message.productId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for ProductArchived
                 * @function getTypeUrl
                 * @memberof mart.catalog.v1.ProductArchived
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ProductArchived.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/mart.catalog.v1.ProductArchived";
                };

                return ProductArchived;
            })();

            v1.Product = (function() {

                /**
                 * Properties of a Product.
                 * @typedef {Object} mart.catalog.v1.Product.$Properties
                 * @property {string|null} [productId] Product productId
                 * @property {string|null} [sku] Product sku
                 * @property {string|null} [name] Product name
                 * @property {string|null} [description] Product description
                 * @property {number|Long|null} [priceAmount] Product priceAmount
                 * @property {string|null} [priceCurrency] Product priceCurrency
                 * @property {string|null} [categoryId] Product categoryId
                 * @property {Array.<string>|null} [images] Product images
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Product.
                 * @memberof mart.catalog.v1
                 * @interface IProduct
                 * @augments mart.catalog.v1.Product.$Properties
                 * @deprecated Use mart.catalog.v1.Product.$Properties instead.
                 */

                /**
                 * Shape of a Product.
                 * @typedef {mart.catalog.v1.Product.$Properties} mart.catalog.v1.Product.$Shape
                 */

                /**
                 * Constructs a new Product.
                 * @memberof mart.catalog.v1
                 * @classdesc Represents a Product.
                 * @constructor
                 * @param {mart.catalog.v1.Product.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Product = function (properties) {
                    this.images = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Product productId.
                 * @member {string} productId
                 * @memberof mart.catalog.v1.Product
                 * @instance
                 */
                Product.prototype.productId = "";

                /**
                 * Product sku.
                 * @member {string} sku
                 * @memberof mart.catalog.v1.Product
                 * @instance
                 */
                Product.prototype.sku = "";

                /**
                 * Product name.
                 * @member {string} name
                 * @memberof mart.catalog.v1.Product
                 * @instance
                 */
                Product.prototype.name = "";

                /**
                 * Product description.
                 * @member {string} description
                 * @memberof mart.catalog.v1.Product
                 * @instance
                 */
                Product.prototype.description = "";

                /**
                 * Product priceAmount.
                 * @member {number|Long} priceAmount
                 * @memberof mart.catalog.v1.Product
                 * @instance
                 */
                Product.prototype.priceAmount = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Product priceCurrency.
                 * @member {string} priceCurrency
                 * @memberof mart.catalog.v1.Product
                 * @instance
                 */
                Product.prototype.priceCurrency = "";

                /**
                 * Product categoryId.
                 * @member {string} categoryId
                 * @memberof mart.catalog.v1.Product
                 * @instance
                 */
                Product.prototype.categoryId = "";

                /**
                 * Product images.
                 * @member {Array.<string>} images
                 * @memberof mart.catalog.v1.Product
                 * @instance
                 */
                Product.prototype.images = $util.emptyArray;

                /**
                 * Encodes the specified Product message. Does not implicitly {@link mart.catalog.v1.Product.verify|verify} messages.
                 * @function encode
                 * @memberof mart.catalog.v1.Product
                 * @static
                 * @param {mart.catalog.v1.Product.$Properties} message Product message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Product.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.productId != null && $Object.hasOwnProperty.call(message, "productId") && message.productId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.productId);
                    if (message.sku != null && $Object.hasOwnProperty.call(message, "sku") && message.sku !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.sku);
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
                    if (message.description != null && $Object.hasOwnProperty.call(message, "description") && message.description !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.description);
                    if (message.priceAmount != null && $Object.hasOwnProperty.call(message, "priceAmount") && (typeof message.priceAmount === "object" ? message.priceAmount.low || message.priceAmount.high : message.priceAmount !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).int64(message.priceAmount);
                    if (message.priceCurrency != null && $Object.hasOwnProperty.call(message, "priceCurrency") && message.priceCurrency !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.priceCurrency);
                    if (message.categoryId != null && $Object.hasOwnProperty.call(message, "categoryId") && message.categoryId !== "")
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.categoryId);
                    if (message.images != null && message.images.length)
                        for (let i = 0; i < message.images.length; ++i)
                            writer.uint32(/* id 8, wireType 2 =*/66).string(message.images[i]);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Product message from the specified reader or buffer.
                 * @function decode
                 * @memberof mart.catalog.v1.Product
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {mart.catalog.v1.Product & mart.catalog.v1.Product.$Shape} Product
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Product.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mart.catalog.v1.Product();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.productId = value;
                                else
                                    delete message.productId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.sku = value;
                                else
                                    delete message.sku;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.description = value;
                                else
                                    delete message.description;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.priceAmount = value;
                                else
                                    delete message.priceAmount;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.priceCurrency = value;
                                else
                                    delete message.priceCurrency;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.categoryId = value;
                                else
                                    delete message.categoryId;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.images && message.images.length))
                                    message.images = [];
                                message.images.push(reader.stringVerify());
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for Product
                 * @function getTypeUrl
                 * @memberof mart.catalog.v1.Product
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Product.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/mart.catalog.v1.Product";
                };

                return Product;
            })();

            return v1;
        })();

        return catalog;
    })();

    mart.events = (function() {

        /**
         * Namespace events.
         * @memberof mart
         * @namespace
         */
        const events = {};

        events.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof mart.events
             * @namespace
             */
            const v1 = {};

            v1.Envelope = (function() {

                /**
                 * Properties of an Envelope.
                 * @typedef {Object} mart.events.v1.Envelope.$Properties
                 * @property {string|null} [eventId] Envelope eventId
                 * @property {string|null} [type] Envelope type
                 * @property {google.protobuf.Timestamp.$Properties|null} [occurredAt] Envelope occurredAt
                 * @property {string|null} [source] Envelope source
                 * @property {string|null} [correlationId] Envelope correlationId
                 * @property {Uint8Array|null} [payload] Envelope payload
                 * @property {string|null} [causationId] Envelope causationId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Envelope.
                 * @memberof mart.events.v1
                 * @interface IEnvelope
                 * @augments mart.events.v1.Envelope.$Properties
                 * @deprecated Use mart.events.v1.Envelope.$Properties instead.
                 */

                /**
                 * Shape of an Envelope.
                 * @typedef {mart.events.v1.Envelope.$Properties} mart.events.v1.Envelope.$Shape
                 */

                /**
                 * Constructs a new Envelope.
                 * @memberof mart.events.v1
                 * @classdesc Represents an Envelope.
                 * @constructor
                 * @param {mart.events.v1.Envelope.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Envelope = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Envelope eventId.
                 * @member {string} eventId
                 * @memberof mart.events.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.eventId = "";

                /**
                 * Envelope type.
                 * @member {string} type
                 * @memberof mart.events.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.type = "";

                /**
                 * Envelope occurredAt.
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} occurredAt
                 * @memberof mart.events.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.occurredAt = null;

                /**
                 * Envelope source.
                 * @member {string} source
                 * @memberof mart.events.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.source = "";

                /**
                 * Envelope correlationId.
                 * @member {string} correlationId
                 * @memberof mart.events.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.correlationId = "";

                /**
                 * Envelope payload.
                 * @member {Uint8Array} payload
                 * @memberof mart.events.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.payload = $util.newBuffer([]);

                /**
                 * Envelope causationId.
                 * @member {string} causationId
                 * @memberof mart.events.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.causationId = "";

                /**
                 * Encodes the specified Envelope message. Does not implicitly {@link mart.events.v1.Envelope.verify|verify} messages.
                 * @function encode
                 * @memberof mart.events.v1.Envelope
                 * @static
                 * @param {mart.events.v1.Envelope.$Properties} message Envelope message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Envelope.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.eventId != null && $Object.hasOwnProperty.call(message, "eventId") && message.eventId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.eventId);
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.type);
                    if (message.occurredAt != null && $Object.hasOwnProperty.call(message, "occurredAt"))
                        $root.google.protobuf.Timestamp.encode(message.occurredAt, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.source != null && $Object.hasOwnProperty.call(message, "source") && message.source !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.source);
                    if (message.correlationId != null && $Object.hasOwnProperty.call(message, "correlationId") && message.correlationId !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.correlationId);
                    if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                        writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.payload);
                    if (message.causationId != null && $Object.hasOwnProperty.call(message, "causationId") && message.causationId !== "")
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.causationId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an Envelope message from the specified reader or buffer.
                 * @function decode
                 * @memberof mart.events.v1.Envelope
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {mart.events.v1.Envelope & mart.events.v1.Envelope.$Shape} Envelope
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Envelope.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mart.events.v1.Envelope();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.eventId = value;
                                else
                                    delete message.eventId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.type = value;
                                else
                                    delete message.type;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.occurredAt = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.occurredAt);
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.source = value;
                                else
                                    delete message.source;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.correlationId = value;
                                else
                                    delete message.correlationId;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.payload = value;
                                else
                                    delete message.payload;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.causationId = value;
                                else
                                    delete message.causationId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for Envelope
                 * @function getTypeUrl
                 * @memberof mart.events.v1.Envelope
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Envelope.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/mart.events.v1.Envelope";
                };

                return Envelope;
            })();

            return v1;
        })();

        return events;
    })();

    mart.inventory = (function() {

        /**
         * Namespace inventory.
         * @memberof mart
         * @namespace
         */
        const inventory = {};

        inventory.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof mart.inventory
             * @namespace
             */
            const v1 = {};

            v1.StockLevelChanged = (function() {

                /**
                 * Properties of a StockLevelChanged.
                 * @typedef {Object} mart.inventory.v1.StockLevelChanged.$Properties
                 * @property {string|null} [productId] StockLevelChanged productId
                 * @property {number|null} [onHand] StockLevelChanged onHand
                 * @property {number|null} [reserved] StockLevelChanged reserved
                 * @property {number|null} [available] StockLevelChanged available
                 * @property {number|null} [lowStockThreshold] StockLevelChanged lowStockThreshold
                 * @property {number|null} [version] StockLevelChanged version
                 * @property {number|null} [delta] StockLevelChanged delta
                 * @property {string|null} [reason] StockLevelChanged reason
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a StockLevelChanged.
                 * @memberof mart.inventory.v1
                 * @interface IStockLevelChanged
                 * @augments mart.inventory.v1.StockLevelChanged.$Properties
                 * @deprecated Use mart.inventory.v1.StockLevelChanged.$Properties instead.
                 */

                /**
                 * Shape of a StockLevelChanged.
                 * @typedef {mart.inventory.v1.StockLevelChanged.$Properties} mart.inventory.v1.StockLevelChanged.$Shape
                 */

                /**
                 * Constructs a new StockLevelChanged.
                 * @memberof mart.inventory.v1
                 * @classdesc Represents a StockLevelChanged.
                 * @constructor
                 * @param {mart.inventory.v1.StockLevelChanged.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const StockLevelChanged = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * StockLevelChanged productId.
                 * @member {string} productId
                 * @memberof mart.inventory.v1.StockLevelChanged
                 * @instance
                 */
                StockLevelChanged.prototype.productId = "";

                /**
                 * StockLevelChanged onHand.
                 * @member {number} onHand
                 * @memberof mart.inventory.v1.StockLevelChanged
                 * @instance
                 */
                StockLevelChanged.prototype.onHand = 0;

                /**
                 * StockLevelChanged reserved.
                 * @member {number} reserved
                 * @memberof mart.inventory.v1.StockLevelChanged
                 * @instance
                 */
                StockLevelChanged.prototype.reserved = 0;

                /**
                 * StockLevelChanged available.
                 * @member {number} available
                 * @memberof mart.inventory.v1.StockLevelChanged
                 * @instance
                 */
                StockLevelChanged.prototype.available = 0;

                /**
                 * StockLevelChanged lowStockThreshold.
                 * @member {number} lowStockThreshold
                 * @memberof mart.inventory.v1.StockLevelChanged
                 * @instance
                 */
                StockLevelChanged.prototype.lowStockThreshold = 0;

                /**
                 * StockLevelChanged version.
                 * @member {number} version
                 * @memberof mart.inventory.v1.StockLevelChanged
                 * @instance
                 */
                StockLevelChanged.prototype.version = 0;

                /**
                 * StockLevelChanged delta.
                 * @member {number} delta
                 * @memberof mart.inventory.v1.StockLevelChanged
                 * @instance
                 */
                StockLevelChanged.prototype.delta = 0;

                /**
                 * StockLevelChanged reason.
                 * @member {string} reason
                 * @memberof mart.inventory.v1.StockLevelChanged
                 * @instance
                 */
                StockLevelChanged.prototype.reason = "";

                /**
                 * Encodes the specified StockLevelChanged message. Does not implicitly {@link mart.inventory.v1.StockLevelChanged.verify|verify} messages.
                 * @function encode
                 * @memberof mart.inventory.v1.StockLevelChanged
                 * @static
                 * @param {mart.inventory.v1.StockLevelChanged.$Properties} message StockLevelChanged message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StockLevelChanged.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.productId != null && $Object.hasOwnProperty.call(message, "productId") && message.productId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.productId);
                    if (message.onHand != null && $Object.hasOwnProperty.call(message, "onHand") && message.onHand !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.onHand);
                    if (message.reserved != null && $Object.hasOwnProperty.call(message, "reserved") && message.reserved !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).int32(message.reserved);
                    if (message.available != null && $Object.hasOwnProperty.call(message, "available") && message.available !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).int32(message.available);
                    if (message.lowStockThreshold != null && $Object.hasOwnProperty.call(message, "lowStockThreshold") && message.lowStockThreshold !== 0)
                        writer.uint32(/* id 5, wireType 0 =*/40).int32(message.lowStockThreshold);
                    if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                        writer.uint32(/* id 6, wireType 0 =*/48).int32(message.version);
                    if (message.delta != null && $Object.hasOwnProperty.call(message, "delta") && message.delta !== 0)
                        writer.uint32(/* id 7, wireType 0 =*/56).int32(message.delta);
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.reason);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a StockLevelChanged message from the specified reader or buffer.
                 * @function decode
                 * @memberof mart.inventory.v1.StockLevelChanged
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {mart.inventory.v1.StockLevelChanged & mart.inventory.v1.StockLevelChanged.$Shape} StockLevelChanged
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StockLevelChanged.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mart.inventory.v1.StockLevelChanged();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.productId = value;
                                else
                                    delete message.productId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.onHand = value;
                                else
                                    delete message.onHand;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.reserved = value;
                                else
                                    delete message.reserved;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.available = value;
                                else
                                    delete message.available;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.lowStockThreshold = value;
                                else
                                    delete message.lowStockThreshold;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.version = value;
                                else
                                    delete message.version;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.delta = value;
                                else
                                    delete message.delta;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.reason = value;
                                else
                                    delete message.reason;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for StockLevelChanged
                 * @function getTypeUrl
                 * @memberof mart.inventory.v1.StockLevelChanged
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                StockLevelChanged.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/mart.inventory.v1.StockLevelChanged";
                };

                return StockLevelChanged;
            })();

            v1.StockLow = (function() {

                /**
                 * Properties of a StockLow.
                 * @typedef {Object} mart.inventory.v1.StockLow.$Properties
                 * @property {string|null} [productId] StockLow productId
                 * @property {number|null} [available] StockLow available
                 * @property {number|null} [lowStockThreshold] StockLow lowStockThreshold
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a StockLow.
                 * @memberof mart.inventory.v1
                 * @interface IStockLow
                 * @augments mart.inventory.v1.StockLow.$Properties
                 * @deprecated Use mart.inventory.v1.StockLow.$Properties instead.
                 */

                /**
                 * Shape of a StockLow.
                 * @typedef {mart.inventory.v1.StockLow.$Properties} mart.inventory.v1.StockLow.$Shape
                 */

                /**
                 * Constructs a new StockLow.
                 * @memberof mart.inventory.v1
                 * @classdesc Represents a StockLow.
                 * @constructor
                 * @param {mart.inventory.v1.StockLow.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const StockLow = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * StockLow productId.
                 * @member {string} productId
                 * @memberof mart.inventory.v1.StockLow
                 * @instance
                 */
                StockLow.prototype.productId = "";

                /**
                 * StockLow available.
                 * @member {number} available
                 * @memberof mart.inventory.v1.StockLow
                 * @instance
                 */
                StockLow.prototype.available = 0;

                /**
                 * StockLow lowStockThreshold.
                 * @member {number} lowStockThreshold
                 * @memberof mart.inventory.v1.StockLow
                 * @instance
                 */
                StockLow.prototype.lowStockThreshold = 0;

                /**
                 * Encodes the specified StockLow message. Does not implicitly {@link mart.inventory.v1.StockLow.verify|verify} messages.
                 * @function encode
                 * @memberof mart.inventory.v1.StockLow
                 * @static
                 * @param {mart.inventory.v1.StockLow.$Properties} message StockLow message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StockLow.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.productId != null && $Object.hasOwnProperty.call(message, "productId") && message.productId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.productId);
                    if (message.available != null && $Object.hasOwnProperty.call(message, "available") && message.available !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.available);
                    if (message.lowStockThreshold != null && $Object.hasOwnProperty.call(message, "lowStockThreshold") && message.lowStockThreshold !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).int32(message.lowStockThreshold);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a StockLow message from the specified reader or buffer.
                 * @function decode
                 * @memberof mart.inventory.v1.StockLow
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {mart.inventory.v1.StockLow & mart.inventory.v1.StockLow.$Shape} StockLow
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StockLow.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mart.inventory.v1.StockLow();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.productId = value;
                                else
                                    delete message.productId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.available = value;
                                else
                                    delete message.available;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.lowStockThreshold = value;
                                else
                                    delete message.lowStockThreshold;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for StockLow
                 * @function getTypeUrl
                 * @memberof mart.inventory.v1.StockLow
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                StockLow.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/mart.inventory.v1.StockLow";
                };

                return StockLow;
            })();

            return v1;
        })();

        return inventory;
    })();

    mart.orders = (function() {

        /**
         * Namespace orders.
         * @memberof mart
         * @namespace
         */
        const orders = {};

        orders.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof mart.orders
             * @namespace
             */
            const v1 = {};

            v1.OrderPlaced = (function() {

                /**
                 * Properties of an OrderPlaced.
                 * @typedef {Object} mart.orders.v1.OrderPlaced.$Properties
                 * @property {string|null} [orderId] OrderPlaced orderId
                 * @property {string|null} [customerId] OrderPlaced customerId
                 * @property {Array.<mart.orders.v1.OrderLine.$Properties>|null} [lines] OrderPlaced lines
                 * @property {number|Long|null} [totalAmount] OrderPlaced totalAmount
                 * @property {string|null} [currency] OrderPlaced currency
                 * @property {mart.orders.v1.ShippingAddress.$Properties|null} [shippingAddress] OrderPlaced shippingAddress
                 * @property {number|Long|null} [revision] OrderPlaced revision
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an OrderPlaced.
                 * @memberof mart.orders.v1
                 * @interface IOrderPlaced
                 * @augments mart.orders.v1.OrderPlaced.$Properties
                 * @deprecated Use mart.orders.v1.OrderPlaced.$Properties instead.
                 */

                /**
                 * Shape of an OrderPlaced.
                 * @typedef {mart.orders.v1.OrderPlaced.$Properties} mart.orders.v1.OrderPlaced.$Shape
                 */

                /**
                 * Constructs a new OrderPlaced.
                 * @memberof mart.orders.v1
                 * @classdesc Represents an OrderPlaced.
                 * @constructor
                 * @param {mart.orders.v1.OrderPlaced.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const OrderPlaced = function (properties) {
                    this.lines = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * OrderPlaced orderId.
                 * @member {string} orderId
                 * @memberof mart.orders.v1.OrderPlaced
                 * @instance
                 */
                OrderPlaced.prototype.orderId = "";

                /**
                 * OrderPlaced customerId.
                 * @member {string} customerId
                 * @memberof mart.orders.v1.OrderPlaced
                 * @instance
                 */
                OrderPlaced.prototype.customerId = "";

                /**
                 * OrderPlaced lines.
                 * @member {Array.<mart.orders.v1.OrderLine.$Properties>} lines
                 * @memberof mart.orders.v1.OrderPlaced
                 * @instance
                 */
                OrderPlaced.prototype.lines = $util.emptyArray;

                /**
                 * OrderPlaced totalAmount.
                 * @member {number|Long} totalAmount
                 * @memberof mart.orders.v1.OrderPlaced
                 * @instance
                 */
                OrderPlaced.prototype.totalAmount = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * OrderPlaced currency.
                 * @member {string} currency
                 * @memberof mart.orders.v1.OrderPlaced
                 * @instance
                 */
                OrderPlaced.prototype.currency = "";

                /**
                 * OrderPlaced shippingAddress.
                 * @member {mart.orders.v1.ShippingAddress.$Properties|null|undefined} shippingAddress
                 * @memberof mart.orders.v1.OrderPlaced
                 * @instance
                 */
                OrderPlaced.prototype.shippingAddress = null;

                /**
                 * OrderPlaced revision.
                 * @member {number|Long} revision
                 * @memberof mart.orders.v1.OrderPlaced
                 * @instance
                 */
                OrderPlaced.prototype.revision = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified OrderPlaced message. Does not implicitly {@link mart.orders.v1.OrderPlaced.verify|verify} messages.
                 * @function encode
                 * @memberof mart.orders.v1.OrderPlaced
                 * @static
                 * @param {mart.orders.v1.OrderPlaced.$Properties} message OrderPlaced message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                OrderPlaced.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.orderId != null && $Object.hasOwnProperty.call(message, "orderId") && message.orderId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.orderId);
                    if (message.customerId != null && $Object.hasOwnProperty.call(message, "customerId") && message.customerId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.customerId);
                    if (message.lines != null && message.lines.length)
                        for (let i = 0; i < message.lines.length; ++i)
                            $root.mart.orders.v1.OrderLine.encode(message.lines[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.totalAmount != null && $Object.hasOwnProperty.call(message, "totalAmount") && (typeof message.totalAmount === "object" ? message.totalAmount.low || message.totalAmount.high : message.totalAmount !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).int64(message.totalAmount);
                    if (message.currency != null && $Object.hasOwnProperty.call(message, "currency") && message.currency !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.currency);
                    if (message.shippingAddress != null && $Object.hasOwnProperty.call(message, "shippingAddress"))
                        $root.mart.orders.v1.ShippingAddress.encode(message.shippingAddress, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                    if (message.revision != null && $Object.hasOwnProperty.call(message, "revision") && (typeof message.revision === "object" ? message.revision.low || message.revision.high : message.revision !== 0))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.revision);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an OrderPlaced message from the specified reader or buffer.
                 * @function decode
                 * @memberof mart.orders.v1.OrderPlaced
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {mart.orders.v1.OrderPlaced & mart.orders.v1.OrderPlaced.$Shape} OrderPlaced
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                OrderPlaced.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mart.orders.v1.OrderPlaced();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.orderId = value;
                                else
                                    delete message.orderId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.customerId = value;
                                else
                                    delete message.customerId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.lines && message.lines.length))
                                    message.lines = [];
                                message.lines.push($root.mart.orders.v1.OrderLine.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.totalAmount = value;
                                else
                                    delete message.totalAmount;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.currency = value;
                                else
                                    delete message.currency;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                message.shippingAddress = $root.mart.orders.v1.ShippingAddress.decode(reader, reader.size(), $undefined, _depth + 1, message.shippingAddress);
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.revision = value;
                                else
                                    delete message.revision;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for OrderPlaced
                 * @function getTypeUrl
                 * @memberof mart.orders.v1.OrderPlaced
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                OrderPlaced.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/mart.orders.v1.OrderPlaced";
                };

                return OrderPlaced;
            })();

            v1.OrderAwaitingPayment = (function() {

                /**
                 * Properties of an OrderAwaitingPayment.
                 * @typedef {Object} mart.orders.v1.OrderAwaitingPayment.$Properties
                 * @property {string|null} [orderId] OrderAwaitingPayment orderId
                 * @property {string|null} [customerId] OrderAwaitingPayment customerId
                 * @property {number|Long|null} [totalAmount] OrderAwaitingPayment totalAmount
                 * @property {string|null} [currency] OrderAwaitingPayment currency
                 * @property {number|Long|null} [revision] OrderAwaitingPayment revision
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an OrderAwaitingPayment.
                 * @memberof mart.orders.v1
                 * @interface IOrderAwaitingPayment
                 * @augments mart.orders.v1.OrderAwaitingPayment.$Properties
                 * @deprecated Use mart.orders.v1.OrderAwaitingPayment.$Properties instead.
                 */

                /**
                 * Shape of an OrderAwaitingPayment.
                 * @typedef {mart.orders.v1.OrderAwaitingPayment.$Properties} mart.orders.v1.OrderAwaitingPayment.$Shape
                 */

                /**
                 * Constructs a new OrderAwaitingPayment.
                 * @memberof mart.orders.v1
                 * @classdesc Represents an OrderAwaitingPayment.
                 * @constructor
                 * @param {mart.orders.v1.OrderAwaitingPayment.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const OrderAwaitingPayment = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * OrderAwaitingPayment orderId.
                 * @member {string} orderId
                 * @memberof mart.orders.v1.OrderAwaitingPayment
                 * @instance
                 */
                OrderAwaitingPayment.prototype.orderId = "";

                /**
                 * OrderAwaitingPayment customerId.
                 * @member {string} customerId
                 * @memberof mart.orders.v1.OrderAwaitingPayment
                 * @instance
                 */
                OrderAwaitingPayment.prototype.customerId = "";

                /**
                 * OrderAwaitingPayment totalAmount.
                 * @member {number|Long} totalAmount
                 * @memberof mart.orders.v1.OrderAwaitingPayment
                 * @instance
                 */
                OrderAwaitingPayment.prototype.totalAmount = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * OrderAwaitingPayment currency.
                 * @member {string} currency
                 * @memberof mart.orders.v1.OrderAwaitingPayment
                 * @instance
                 */
                OrderAwaitingPayment.prototype.currency = "";

                /**
                 * OrderAwaitingPayment revision.
                 * @member {number|Long} revision
                 * @memberof mart.orders.v1.OrderAwaitingPayment
                 * @instance
                 */
                OrderAwaitingPayment.prototype.revision = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified OrderAwaitingPayment message. Does not implicitly {@link mart.orders.v1.OrderAwaitingPayment.verify|verify} messages.
                 * @function encode
                 * @memberof mart.orders.v1.OrderAwaitingPayment
                 * @static
                 * @param {mart.orders.v1.OrderAwaitingPayment.$Properties} message OrderAwaitingPayment message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                OrderAwaitingPayment.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.orderId != null && $Object.hasOwnProperty.call(message, "orderId") && message.orderId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.orderId);
                    if (message.customerId != null && $Object.hasOwnProperty.call(message, "customerId") && message.customerId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.customerId);
                    if (message.totalAmount != null && $Object.hasOwnProperty.call(message, "totalAmount") && (typeof message.totalAmount === "object" ? message.totalAmount.low || message.totalAmount.high : message.totalAmount !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).int64(message.totalAmount);
                    if (message.currency != null && $Object.hasOwnProperty.call(message, "currency") && message.currency !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.currency);
                    if (message.revision != null && $Object.hasOwnProperty.call(message, "revision") && (typeof message.revision === "object" ? message.revision.low || message.revision.high : message.revision !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.revision);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an OrderAwaitingPayment message from the specified reader or buffer.
                 * @function decode
                 * @memberof mart.orders.v1.OrderAwaitingPayment
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {mart.orders.v1.OrderAwaitingPayment & mart.orders.v1.OrderAwaitingPayment.$Shape} OrderAwaitingPayment
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                OrderAwaitingPayment.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mart.orders.v1.OrderAwaitingPayment();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.orderId = value;
                                else
                                    delete message.orderId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.customerId = value;
                                else
                                    delete message.customerId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.totalAmount = value;
                                else
                                    delete message.totalAmount;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.currency = value;
                                else
                                    delete message.currency;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.revision = value;
                                else
                                    delete message.revision;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for OrderAwaitingPayment
                 * @function getTypeUrl
                 * @memberof mart.orders.v1.OrderAwaitingPayment
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                OrderAwaitingPayment.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/mart.orders.v1.OrderAwaitingPayment";
                };

                return OrderAwaitingPayment;
            })();

            v1.OrderRejected = (function() {

                /**
                 * Properties of an OrderRejected.
                 * @typedef {Object} mart.orders.v1.OrderRejected.$Properties
                 * @property {string|null} [orderId] OrderRejected orderId
                 * @property {string|null} [customerId] OrderRejected customerId
                 * @property {string|null} [reason] OrderRejected reason
                 * @property {Array.<mart.orders.v1.Shortfall.$Properties>|null} [shortfalls] OrderRejected shortfalls
                 * @property {number|Long|null} [revision] OrderRejected revision
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an OrderRejected.
                 * @memberof mart.orders.v1
                 * @interface IOrderRejected
                 * @augments mart.orders.v1.OrderRejected.$Properties
                 * @deprecated Use mart.orders.v1.OrderRejected.$Properties instead.
                 */

                /**
                 * Shape of an OrderRejected.
                 * @typedef {mart.orders.v1.OrderRejected.$Properties} mart.orders.v1.OrderRejected.$Shape
                 */

                /**
                 * Constructs a new OrderRejected.
                 * @memberof mart.orders.v1
                 * @classdesc Represents an OrderRejected.
                 * @constructor
                 * @param {mart.orders.v1.OrderRejected.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const OrderRejected = function (properties) {
                    this.shortfalls = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * OrderRejected orderId.
                 * @member {string} orderId
                 * @memberof mart.orders.v1.OrderRejected
                 * @instance
                 */
                OrderRejected.prototype.orderId = "";

                /**
                 * OrderRejected customerId.
                 * @member {string} customerId
                 * @memberof mart.orders.v1.OrderRejected
                 * @instance
                 */
                OrderRejected.prototype.customerId = "";

                /**
                 * OrderRejected reason.
                 * @member {string} reason
                 * @memberof mart.orders.v1.OrderRejected
                 * @instance
                 */
                OrderRejected.prototype.reason = "";

                /**
                 * OrderRejected shortfalls.
                 * @member {Array.<mart.orders.v1.Shortfall.$Properties>} shortfalls
                 * @memberof mart.orders.v1.OrderRejected
                 * @instance
                 */
                OrderRejected.prototype.shortfalls = $util.emptyArray;

                /**
                 * OrderRejected revision.
                 * @member {number|Long} revision
                 * @memberof mart.orders.v1.OrderRejected
                 * @instance
                 */
                OrderRejected.prototype.revision = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified OrderRejected message. Does not implicitly {@link mart.orders.v1.OrderRejected.verify|verify} messages.
                 * @function encode
                 * @memberof mart.orders.v1.OrderRejected
                 * @static
                 * @param {mart.orders.v1.OrderRejected.$Properties} message OrderRejected message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                OrderRejected.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.orderId != null && $Object.hasOwnProperty.call(message, "orderId") && message.orderId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.orderId);
                    if (message.customerId != null && $Object.hasOwnProperty.call(message, "customerId") && message.customerId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.customerId);
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.reason);
                    if (message.shortfalls != null && message.shortfalls.length)
                        for (let i = 0; i < message.shortfalls.length; ++i)
                            $root.mart.orders.v1.Shortfall.encode(message.shortfalls[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.revision != null && $Object.hasOwnProperty.call(message, "revision") && (typeof message.revision === "object" ? message.revision.low || message.revision.high : message.revision !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.revision);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an OrderRejected message from the specified reader or buffer.
                 * @function decode
                 * @memberof mart.orders.v1.OrderRejected
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {mart.orders.v1.OrderRejected & mart.orders.v1.OrderRejected.$Shape} OrderRejected
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                OrderRejected.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mart.orders.v1.OrderRejected();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.orderId = value;
                                else
                                    delete message.orderId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.customerId = value;
                                else
                                    delete message.customerId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.reason = value;
                                else
                                    delete message.reason;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.shortfalls && message.shortfalls.length))
                                    message.shortfalls = [];
                                message.shortfalls.push($root.mart.orders.v1.Shortfall.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.revision = value;
                                else
                                    delete message.revision;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for OrderRejected
                 * @function getTypeUrl
                 * @memberof mart.orders.v1.OrderRejected
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                OrderRejected.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/mart.orders.v1.OrderRejected";
                };

                return OrderRejected;
            })();

            v1.OrderPaid = (function() {

                /**
                 * Properties of an OrderPaid.
                 * @typedef {Object} mart.orders.v1.OrderPaid.$Properties
                 * @property {string|null} [orderId] OrderPaid orderId
                 * @property {string|null} [customerId] OrderPaid customerId
                 * @property {string|null} [paymentId] OrderPaid paymentId
                 * @property {number|Long|null} [totalAmount] OrderPaid totalAmount
                 * @property {string|null} [currency] OrderPaid currency
                 * @property {number|Long|null} [revision] OrderPaid revision
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an OrderPaid.
                 * @memberof mart.orders.v1
                 * @interface IOrderPaid
                 * @augments mart.orders.v1.OrderPaid.$Properties
                 * @deprecated Use mart.orders.v1.OrderPaid.$Properties instead.
                 */

                /**
                 * Shape of an OrderPaid.
                 * @typedef {mart.orders.v1.OrderPaid.$Properties} mart.orders.v1.OrderPaid.$Shape
                 */

                /**
                 * Constructs a new OrderPaid.
                 * @memberof mart.orders.v1
                 * @classdesc Represents an OrderPaid.
                 * @constructor
                 * @param {mart.orders.v1.OrderPaid.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const OrderPaid = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * OrderPaid orderId.
                 * @member {string} orderId
                 * @memberof mart.orders.v1.OrderPaid
                 * @instance
                 */
                OrderPaid.prototype.orderId = "";

                /**
                 * OrderPaid customerId.
                 * @member {string} customerId
                 * @memberof mart.orders.v1.OrderPaid
                 * @instance
                 */
                OrderPaid.prototype.customerId = "";

                /**
                 * OrderPaid paymentId.
                 * @member {string} paymentId
                 * @memberof mart.orders.v1.OrderPaid
                 * @instance
                 */
                OrderPaid.prototype.paymentId = "";

                /**
                 * OrderPaid totalAmount.
                 * @member {number|Long} totalAmount
                 * @memberof mart.orders.v1.OrderPaid
                 * @instance
                 */
                OrderPaid.prototype.totalAmount = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * OrderPaid currency.
                 * @member {string} currency
                 * @memberof mart.orders.v1.OrderPaid
                 * @instance
                 */
                OrderPaid.prototype.currency = "";

                /**
                 * OrderPaid revision.
                 * @member {number|Long} revision
                 * @memberof mart.orders.v1.OrderPaid
                 * @instance
                 */
                OrderPaid.prototype.revision = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified OrderPaid message. Does not implicitly {@link mart.orders.v1.OrderPaid.verify|verify} messages.
                 * @function encode
                 * @memberof mart.orders.v1.OrderPaid
                 * @static
                 * @param {mart.orders.v1.OrderPaid.$Properties} message OrderPaid message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                OrderPaid.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.orderId != null && $Object.hasOwnProperty.call(message, "orderId") && message.orderId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.orderId);
                    if (message.customerId != null && $Object.hasOwnProperty.call(message, "customerId") && message.customerId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.customerId);
                    if (message.paymentId != null && $Object.hasOwnProperty.call(message, "paymentId") && message.paymentId !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.paymentId);
                    if (message.totalAmount != null && $Object.hasOwnProperty.call(message, "totalAmount") && (typeof message.totalAmount === "object" ? message.totalAmount.low || message.totalAmount.high : message.totalAmount !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).int64(message.totalAmount);
                    if (message.currency != null && $Object.hasOwnProperty.call(message, "currency") && message.currency !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.currency);
                    if (message.revision != null && $Object.hasOwnProperty.call(message, "revision") && (typeof message.revision === "object" ? message.revision.low || message.revision.high : message.revision !== 0))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.revision);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an OrderPaid message from the specified reader or buffer.
                 * @function decode
                 * @memberof mart.orders.v1.OrderPaid
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {mart.orders.v1.OrderPaid & mart.orders.v1.OrderPaid.$Shape} OrderPaid
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                OrderPaid.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mart.orders.v1.OrderPaid();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.orderId = value;
                                else
                                    delete message.orderId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.customerId = value;
                                else
                                    delete message.customerId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.paymentId = value;
                                else
                                    delete message.paymentId;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.totalAmount = value;
                                else
                                    delete message.totalAmount;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.currency = value;
                                else
                                    delete message.currency;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.revision = value;
                                else
                                    delete message.revision;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for OrderPaid
                 * @function getTypeUrl
                 * @memberof mart.orders.v1.OrderPaid
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                OrderPaid.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/mart.orders.v1.OrderPaid";
                };

                return OrderPaid;
            })();

            v1.OrderCancelled = (function() {

                /**
                 * Properties of an OrderCancelled.
                 * @typedef {Object} mart.orders.v1.OrderCancelled.$Properties
                 * @property {string|null} [orderId] OrderCancelled orderId
                 * @property {string|null} [customerId] OrderCancelled customerId
                 * @property {string|null} [reason] OrderCancelled reason
                 * @property {boolean|null} [wasPaid] OrderCancelled wasPaid
                 * @property {number|Long|null} [totalAmount] OrderCancelled totalAmount
                 * @property {string|null} [currency] OrderCancelled currency
                 * @property {number|Long|null} [revision] OrderCancelled revision
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an OrderCancelled.
                 * @memberof mart.orders.v1
                 * @interface IOrderCancelled
                 * @augments mart.orders.v1.OrderCancelled.$Properties
                 * @deprecated Use mart.orders.v1.OrderCancelled.$Properties instead.
                 */

                /**
                 * Shape of an OrderCancelled.
                 * @typedef {mart.orders.v1.OrderCancelled.$Properties} mart.orders.v1.OrderCancelled.$Shape
                 */

                /**
                 * Constructs a new OrderCancelled.
                 * @memberof mart.orders.v1
                 * @classdesc Represents an OrderCancelled.
                 * @constructor
                 * @param {mart.orders.v1.OrderCancelled.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const OrderCancelled = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * OrderCancelled orderId.
                 * @member {string} orderId
                 * @memberof mart.orders.v1.OrderCancelled
                 * @instance
                 */
                OrderCancelled.prototype.orderId = "";

                /**
                 * OrderCancelled customerId.
                 * @member {string} customerId
                 * @memberof mart.orders.v1.OrderCancelled
                 * @instance
                 */
                OrderCancelled.prototype.customerId = "";

                /**
                 * OrderCancelled reason.
                 * @member {string} reason
                 * @memberof mart.orders.v1.OrderCancelled
                 * @instance
                 */
                OrderCancelled.prototype.reason = "";

                /**
                 * OrderCancelled wasPaid.
                 * @member {boolean} wasPaid
                 * @memberof mart.orders.v1.OrderCancelled
                 * @instance
                 */
                OrderCancelled.prototype.wasPaid = false;

                /**
                 * OrderCancelled totalAmount.
                 * @member {number|Long} totalAmount
                 * @memberof mart.orders.v1.OrderCancelled
                 * @instance
                 */
                OrderCancelled.prototype.totalAmount = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * OrderCancelled currency.
                 * @member {string} currency
                 * @memberof mart.orders.v1.OrderCancelled
                 * @instance
                 */
                OrderCancelled.prototype.currency = "";

                /**
                 * OrderCancelled revision.
                 * @member {number|Long} revision
                 * @memberof mart.orders.v1.OrderCancelled
                 * @instance
                 */
                OrderCancelled.prototype.revision = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified OrderCancelled message. Does not implicitly {@link mart.orders.v1.OrderCancelled.verify|verify} messages.
                 * @function encode
                 * @memberof mart.orders.v1.OrderCancelled
                 * @static
                 * @param {mart.orders.v1.OrderCancelled.$Properties} message OrderCancelled message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                OrderCancelled.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.orderId != null && $Object.hasOwnProperty.call(message, "orderId") && message.orderId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.orderId);
                    if (message.customerId != null && $Object.hasOwnProperty.call(message, "customerId") && message.customerId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.customerId);
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.reason);
                    if (message.wasPaid != null && $Object.hasOwnProperty.call(message, "wasPaid") && message.wasPaid !== false)
                        writer.uint32(/* id 4, wireType 0 =*/32).bool(message.wasPaid);
                    if (message.totalAmount != null && $Object.hasOwnProperty.call(message, "totalAmount") && (typeof message.totalAmount === "object" ? message.totalAmount.low || message.totalAmount.high : message.totalAmount !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).int64(message.totalAmount);
                    if (message.currency != null && $Object.hasOwnProperty.call(message, "currency") && message.currency !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.currency);
                    if (message.revision != null && $Object.hasOwnProperty.call(message, "revision") && (typeof message.revision === "object" ? message.revision.low || message.revision.high : message.revision !== 0))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.revision);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an OrderCancelled message from the specified reader or buffer.
                 * @function decode
                 * @memberof mart.orders.v1.OrderCancelled
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {mart.orders.v1.OrderCancelled & mart.orders.v1.OrderCancelled.$Shape} OrderCancelled
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                OrderCancelled.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mart.orders.v1.OrderCancelled();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.orderId = value;
                                else
                                    delete message.orderId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.customerId = value;
                                else
                                    delete message.customerId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.reason = value;
                                else
                                    delete message.reason;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.wasPaid = value;
                                else
                                    delete message.wasPaid;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.totalAmount = value;
                                else
                                    delete message.totalAmount;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.currency = value;
                                else
                                    delete message.currency;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.revision = value;
                                else
                                    delete message.revision;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for OrderCancelled
                 * @function getTypeUrl
                 * @memberof mart.orders.v1.OrderCancelled
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                OrderCancelled.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/mart.orders.v1.OrderCancelled";
                };

                return OrderCancelled;
            })();

            v1.OrderShipped = (function() {

                /**
                 * Properties of an OrderShipped.
                 * @typedef {Object} mart.orders.v1.OrderShipped.$Properties
                 * @property {string|null} [orderId] OrderShipped orderId
                 * @property {string|null} [customerId] OrderShipped customerId
                 * @property {number|Long|null} [revision] OrderShipped revision
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an OrderShipped.
                 * @memberof mart.orders.v1
                 * @interface IOrderShipped
                 * @augments mart.orders.v1.OrderShipped.$Properties
                 * @deprecated Use mart.orders.v1.OrderShipped.$Properties instead.
                 */

                /**
                 * Shape of an OrderShipped.
                 * @typedef {mart.orders.v1.OrderShipped.$Properties} mart.orders.v1.OrderShipped.$Shape
                 */

                /**
                 * Constructs a new OrderShipped.
                 * @memberof mart.orders.v1
                 * @classdesc Represents an OrderShipped.
                 * @constructor
                 * @param {mart.orders.v1.OrderShipped.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const OrderShipped = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * OrderShipped orderId.
                 * @member {string} orderId
                 * @memberof mart.orders.v1.OrderShipped
                 * @instance
                 */
                OrderShipped.prototype.orderId = "";

                /**
                 * OrderShipped customerId.
                 * @member {string} customerId
                 * @memberof mart.orders.v1.OrderShipped
                 * @instance
                 */
                OrderShipped.prototype.customerId = "";

                /**
                 * OrderShipped revision.
                 * @member {number|Long} revision
                 * @memberof mart.orders.v1.OrderShipped
                 * @instance
                 */
                OrderShipped.prototype.revision = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified OrderShipped message. Does not implicitly {@link mart.orders.v1.OrderShipped.verify|verify} messages.
                 * @function encode
                 * @memberof mart.orders.v1.OrderShipped
                 * @static
                 * @param {mart.orders.v1.OrderShipped.$Properties} message OrderShipped message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                OrderShipped.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.orderId != null && $Object.hasOwnProperty.call(message, "orderId") && message.orderId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.orderId);
                    if (message.customerId != null && $Object.hasOwnProperty.call(message, "customerId") && message.customerId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.customerId);
                    if (message.revision != null && $Object.hasOwnProperty.call(message, "revision") && (typeof message.revision === "object" ? message.revision.low || message.revision.high : message.revision !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.revision);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an OrderShipped message from the specified reader or buffer.
                 * @function decode
                 * @memberof mart.orders.v1.OrderShipped
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {mart.orders.v1.OrderShipped & mart.orders.v1.OrderShipped.$Shape} OrderShipped
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                OrderShipped.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mart.orders.v1.OrderShipped();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.orderId = value;
                                else
                                    delete message.orderId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.customerId = value;
                                else
                                    delete message.customerId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.revision = value;
                                else
                                    delete message.revision;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for OrderShipped
                 * @function getTypeUrl
                 * @memberof mart.orders.v1.OrderShipped
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                OrderShipped.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/mart.orders.v1.OrderShipped";
                };

                return OrderShipped;
            })();

            v1.OrderDelivered = (function() {

                /**
                 * Properties of an OrderDelivered.
                 * @typedef {Object} mart.orders.v1.OrderDelivered.$Properties
                 * @property {string|null} [orderId] OrderDelivered orderId
                 * @property {string|null} [customerId] OrderDelivered customerId
                 * @property {number|Long|null} [revision] OrderDelivered revision
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an OrderDelivered.
                 * @memberof mart.orders.v1
                 * @interface IOrderDelivered
                 * @augments mart.orders.v1.OrderDelivered.$Properties
                 * @deprecated Use mart.orders.v1.OrderDelivered.$Properties instead.
                 */

                /**
                 * Shape of an OrderDelivered.
                 * @typedef {mart.orders.v1.OrderDelivered.$Properties} mart.orders.v1.OrderDelivered.$Shape
                 */

                /**
                 * Constructs a new OrderDelivered.
                 * @memberof mart.orders.v1
                 * @classdesc Represents an OrderDelivered.
                 * @constructor
                 * @param {mart.orders.v1.OrderDelivered.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const OrderDelivered = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * OrderDelivered orderId.
                 * @member {string} orderId
                 * @memberof mart.orders.v1.OrderDelivered
                 * @instance
                 */
                OrderDelivered.prototype.orderId = "";

                /**
                 * OrderDelivered customerId.
                 * @member {string} customerId
                 * @memberof mart.orders.v1.OrderDelivered
                 * @instance
                 */
                OrderDelivered.prototype.customerId = "";

                /**
                 * OrderDelivered revision.
                 * @member {number|Long} revision
                 * @memberof mart.orders.v1.OrderDelivered
                 * @instance
                 */
                OrderDelivered.prototype.revision = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified OrderDelivered message. Does not implicitly {@link mart.orders.v1.OrderDelivered.verify|verify} messages.
                 * @function encode
                 * @memberof mart.orders.v1.OrderDelivered
                 * @static
                 * @param {mart.orders.v1.OrderDelivered.$Properties} message OrderDelivered message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                OrderDelivered.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.orderId != null && $Object.hasOwnProperty.call(message, "orderId") && message.orderId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.orderId);
                    if (message.customerId != null && $Object.hasOwnProperty.call(message, "customerId") && message.customerId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.customerId);
                    if (message.revision != null && $Object.hasOwnProperty.call(message, "revision") && (typeof message.revision === "object" ? message.revision.low || message.revision.high : message.revision !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.revision);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an OrderDelivered message from the specified reader or buffer.
                 * @function decode
                 * @memberof mart.orders.v1.OrderDelivered
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {mart.orders.v1.OrderDelivered & mart.orders.v1.OrderDelivered.$Shape} OrderDelivered
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                OrderDelivered.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mart.orders.v1.OrderDelivered();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.orderId = value;
                                else
                                    delete message.orderId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.customerId = value;
                                else
                                    delete message.customerId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.revision = value;
                                else
                                    delete message.revision;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for OrderDelivered
                 * @function getTypeUrl
                 * @memberof mart.orders.v1.OrderDelivered
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                OrderDelivered.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/mart.orders.v1.OrderDelivered";
                };

                return OrderDelivered;
            })();

            v1.OrderLine = (function() {

                /**
                 * Properties of an OrderLine.
                 * @typedef {Object} mart.orders.v1.OrderLine.$Properties
                 * @property {string|null} [productId] OrderLine productId
                 * @property {string|null} [sku] OrderLine sku
                 * @property {string|null} [name] OrderLine name
                 * @property {number|null} [quantity] OrderLine quantity
                 * @property {number|Long|null} [unitPriceAmount] OrderLine unitPriceAmount
                 * @property {number|Long|null} [lineTotalAmount] OrderLine lineTotalAmount
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an OrderLine.
                 * @memberof mart.orders.v1
                 * @interface IOrderLine
                 * @augments mart.orders.v1.OrderLine.$Properties
                 * @deprecated Use mart.orders.v1.OrderLine.$Properties instead.
                 */

                /**
                 * Shape of an OrderLine.
                 * @typedef {mart.orders.v1.OrderLine.$Properties} mart.orders.v1.OrderLine.$Shape
                 */

                /**
                 * Constructs a new OrderLine.
                 * @memberof mart.orders.v1
                 * @classdesc Represents an OrderLine.
                 * @constructor
                 * @param {mart.orders.v1.OrderLine.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const OrderLine = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * OrderLine productId.
                 * @member {string} productId
                 * @memberof mart.orders.v1.OrderLine
                 * @instance
                 */
                OrderLine.prototype.productId = "";

                /**
                 * OrderLine sku.
                 * @member {string} sku
                 * @memberof mart.orders.v1.OrderLine
                 * @instance
                 */
                OrderLine.prototype.sku = "";

                /**
                 * OrderLine name.
                 * @member {string} name
                 * @memberof mart.orders.v1.OrderLine
                 * @instance
                 */
                OrderLine.prototype.name = "";

                /**
                 * OrderLine quantity.
                 * @member {number} quantity
                 * @memberof mart.orders.v1.OrderLine
                 * @instance
                 */
                OrderLine.prototype.quantity = 0;

                /**
                 * OrderLine unitPriceAmount.
                 * @member {number|Long} unitPriceAmount
                 * @memberof mart.orders.v1.OrderLine
                 * @instance
                 */
                OrderLine.prototype.unitPriceAmount = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * OrderLine lineTotalAmount.
                 * @member {number|Long} lineTotalAmount
                 * @memberof mart.orders.v1.OrderLine
                 * @instance
                 */
                OrderLine.prototype.lineTotalAmount = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Encodes the specified OrderLine message. Does not implicitly {@link mart.orders.v1.OrderLine.verify|verify} messages.
                 * @function encode
                 * @memberof mart.orders.v1.OrderLine
                 * @static
                 * @param {mart.orders.v1.OrderLine.$Properties} message OrderLine message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                OrderLine.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.productId != null && $Object.hasOwnProperty.call(message, "productId") && message.productId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.productId);
                    if (message.sku != null && $Object.hasOwnProperty.call(message, "sku") && message.sku !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.sku);
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
                    if (message.quantity != null && $Object.hasOwnProperty.call(message, "quantity") && message.quantity !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).int32(message.quantity);
                    if (message.unitPriceAmount != null && $Object.hasOwnProperty.call(message, "unitPriceAmount") && (typeof message.unitPriceAmount === "object" ? message.unitPriceAmount.low || message.unitPriceAmount.high : message.unitPriceAmount !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).int64(message.unitPriceAmount);
                    if (message.lineTotalAmount != null && $Object.hasOwnProperty.call(message, "lineTotalAmount") && (typeof message.lineTotalAmount === "object" ? message.lineTotalAmount.low || message.lineTotalAmount.high : message.lineTotalAmount !== 0))
                        writer.uint32(/* id 6, wireType 0 =*/48).int64(message.lineTotalAmount);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an OrderLine message from the specified reader or buffer.
                 * @function decode
                 * @memberof mart.orders.v1.OrderLine
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {mart.orders.v1.OrderLine & mart.orders.v1.OrderLine.$Shape} OrderLine
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                OrderLine.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mart.orders.v1.OrderLine();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.productId = value;
                                else
                                    delete message.productId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.sku = value;
                                else
                                    delete message.sku;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.quantity = value;
                                else
                                    delete message.quantity;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.unitPriceAmount = value;
                                else
                                    delete message.unitPriceAmount;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.lineTotalAmount = value;
                                else
                                    delete message.lineTotalAmount;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for OrderLine
                 * @function getTypeUrl
                 * @memberof mart.orders.v1.OrderLine
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                OrderLine.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/mart.orders.v1.OrderLine";
                };

                return OrderLine;
            })();

            v1.ShippingAddress = (function() {

                /**
                 * Properties of a ShippingAddress.
                 * @typedef {Object} mart.orders.v1.ShippingAddress.$Properties
                 * @property {string|null} [name] ShippingAddress name
                 * @property {string|null} [line1] ShippingAddress line1
                 * @property {string|null} [line2] ShippingAddress line2
                 * @property {string|null} [city] ShippingAddress city
                 * @property {string|null} [postalCode] ShippingAddress postalCode
                 * @property {string|null} [country] ShippingAddress country
                 * @property {string|null} [phone] ShippingAddress phone
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ShippingAddress.
                 * @memberof mart.orders.v1
                 * @interface IShippingAddress
                 * @augments mart.orders.v1.ShippingAddress.$Properties
                 * @deprecated Use mart.orders.v1.ShippingAddress.$Properties instead.
                 */

                /**
                 * Shape of a ShippingAddress.
                 * @typedef {mart.orders.v1.ShippingAddress.$Properties} mart.orders.v1.ShippingAddress.$Shape
                 */

                /**
                 * Constructs a new ShippingAddress.
                 * @memberof mart.orders.v1
                 * @classdesc Represents a ShippingAddress.
                 * @constructor
                 * @param {mart.orders.v1.ShippingAddress.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ShippingAddress = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ShippingAddress name.
                 * @member {string} name
                 * @memberof mart.orders.v1.ShippingAddress
                 * @instance
                 */
                ShippingAddress.prototype.name = "";

                /**
                 * ShippingAddress line1.
                 * @member {string} line1
                 * @memberof mart.orders.v1.ShippingAddress
                 * @instance
                 */
                ShippingAddress.prototype.line1 = "";

                /**
                 * ShippingAddress line2.
                 * @member {string} line2
                 * @memberof mart.orders.v1.ShippingAddress
                 * @instance
                 */
                ShippingAddress.prototype.line2 = "";

                /**
                 * ShippingAddress city.
                 * @member {string} city
                 * @memberof mart.orders.v1.ShippingAddress
                 * @instance
                 */
                ShippingAddress.prototype.city = "";

                /**
                 * ShippingAddress postalCode.
                 * @member {string} postalCode
                 * @memberof mart.orders.v1.ShippingAddress
                 * @instance
                 */
                ShippingAddress.prototype.postalCode = "";

                /**
                 * ShippingAddress country.
                 * @member {string} country
                 * @memberof mart.orders.v1.ShippingAddress
                 * @instance
                 */
                ShippingAddress.prototype.country = "";

                /**
                 * ShippingAddress phone.
                 * @member {string} phone
                 * @memberof mart.orders.v1.ShippingAddress
                 * @instance
                 */
                ShippingAddress.prototype.phone = "";

                /**
                 * Encodes the specified ShippingAddress message. Does not implicitly {@link mart.orders.v1.ShippingAddress.verify|verify} messages.
                 * @function encode
                 * @memberof mart.orders.v1.ShippingAddress
                 * @static
                 * @param {mart.orders.v1.ShippingAddress.$Properties} message ShippingAddress message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ShippingAddress.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                    if (message.line1 != null && $Object.hasOwnProperty.call(message, "line1") && message.line1 !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.line1);
                    if (message.line2 != null && $Object.hasOwnProperty.call(message, "line2") && message.line2 !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.line2);
                    if (message.city != null && $Object.hasOwnProperty.call(message, "city") && message.city !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.city);
                    if (message.postalCode != null && $Object.hasOwnProperty.call(message, "postalCode") && message.postalCode !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.postalCode);
                    if (message.country != null && $Object.hasOwnProperty.call(message, "country") && message.country !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.country);
                    if (message.phone != null && $Object.hasOwnProperty.call(message, "phone") && message.phone !== "")
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.phone);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ShippingAddress message from the specified reader or buffer.
                 * @function decode
                 * @memberof mart.orders.v1.ShippingAddress
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {mart.orders.v1.ShippingAddress & mart.orders.v1.ShippingAddress.$Shape} ShippingAddress
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ShippingAddress.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mart.orders.v1.ShippingAddress();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.line1 = value;
                                else
                                    delete message.line1;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.line2 = value;
                                else
                                    delete message.line2;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.city = value;
                                else
                                    delete message.city;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.postalCode = value;
                                else
                                    delete message.postalCode;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.country = value;
                                else
                                    delete message.country;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.phone = value;
                                else
                                    delete message.phone;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for ShippingAddress
                 * @function getTypeUrl
                 * @memberof mart.orders.v1.ShippingAddress
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ShippingAddress.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/mart.orders.v1.ShippingAddress";
                };

                return ShippingAddress;
            })();

            v1.Shortfall = (function() {

                /**
                 * Properties of a Shortfall.
                 * @typedef {Object} mart.orders.v1.Shortfall.$Properties
                 * @property {string|null} [productId] Shortfall productId
                 * @property {number|null} [requested] Shortfall requested
                 * @property {number|null} [available] Shortfall available
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Shortfall.
                 * @memberof mart.orders.v1
                 * @interface IShortfall
                 * @augments mart.orders.v1.Shortfall.$Properties
                 * @deprecated Use mart.orders.v1.Shortfall.$Properties instead.
                 */

                /**
                 * Shape of a Shortfall.
                 * @typedef {mart.orders.v1.Shortfall.$Properties} mart.orders.v1.Shortfall.$Shape
                 */

                /**
                 * Constructs a new Shortfall.
                 * @memberof mart.orders.v1
                 * @classdesc Represents a Shortfall.
                 * @constructor
                 * @param {mart.orders.v1.Shortfall.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Shortfall = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Shortfall productId.
                 * @member {string} productId
                 * @memberof mart.orders.v1.Shortfall
                 * @instance
                 */
                Shortfall.prototype.productId = "";

                /**
                 * Shortfall requested.
                 * @member {number} requested
                 * @memberof mart.orders.v1.Shortfall
                 * @instance
                 */
                Shortfall.prototype.requested = 0;

                /**
                 * Shortfall available.
                 * @member {number} available
                 * @memberof mart.orders.v1.Shortfall
                 * @instance
                 */
                Shortfall.prototype.available = 0;

                /**
                 * Encodes the specified Shortfall message. Does not implicitly {@link mart.orders.v1.Shortfall.verify|verify} messages.
                 * @function encode
                 * @memberof mart.orders.v1.Shortfall
                 * @static
                 * @param {mart.orders.v1.Shortfall.$Properties} message Shortfall message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Shortfall.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.productId != null && $Object.hasOwnProperty.call(message, "productId") && message.productId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.productId);
                    if (message.requested != null && $Object.hasOwnProperty.call(message, "requested") && message.requested !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.requested);
                    if (message.available != null && $Object.hasOwnProperty.call(message, "available") && message.available !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).int32(message.available);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Shortfall message from the specified reader or buffer.
                 * @function decode
                 * @memberof mart.orders.v1.Shortfall
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {mart.orders.v1.Shortfall & mart.orders.v1.Shortfall.$Shape} Shortfall
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Shortfall.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mart.orders.v1.Shortfall();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.productId = value;
                                else
                                    delete message.productId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.requested = value;
                                else
                                    delete message.requested;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.available = value;
                                else
                                    delete message.available;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for Shortfall
                 * @function getTypeUrl
                 * @memberof mart.orders.v1.Shortfall
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Shortfall.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/mart.orders.v1.Shortfall";
                };

                return Shortfall;
            })();

            return v1;
        })();

        return orders;
    })();

    mart.payments = (function() {

        /**
         * Namespace payments.
         * @memberof mart
         * @namespace
         */
        const payments = {};

        payments.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof mart.payments
             * @namespace
             */
            const v1 = {};

            v1.PaymentSucceeded = (function() {

                /**
                 * Properties of a PaymentSucceeded.
                 * @typedef {Object} mart.payments.v1.PaymentSucceeded.$Properties
                 * @property {string|null} [paymentId] PaymentSucceeded paymentId
                 * @property {string|null} [orderId] PaymentSucceeded orderId
                 * @property {string|null} [customerId] PaymentSucceeded customerId
                 * @property {number|Long|null} [amount] PaymentSucceeded amount
                 * @property {string|null} [currency] PaymentSucceeded currency
                 * @property {string|null} [providerPaymentId] PaymentSucceeded providerPaymentId
                 * @property {number|Long|null} [revision] PaymentSucceeded revision
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PaymentSucceeded.
                 * @memberof mart.payments.v1
                 * @interface IPaymentSucceeded
                 * @augments mart.payments.v1.PaymentSucceeded.$Properties
                 * @deprecated Use mart.payments.v1.PaymentSucceeded.$Properties instead.
                 */

                /**
                 * Shape of a PaymentSucceeded.
                 * @typedef {mart.payments.v1.PaymentSucceeded.$Properties} mart.payments.v1.PaymentSucceeded.$Shape
                 */

                /**
                 * Constructs a new PaymentSucceeded.
                 * @memberof mart.payments.v1
                 * @classdesc Represents a PaymentSucceeded.
                 * @constructor
                 * @param {mart.payments.v1.PaymentSucceeded.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const PaymentSucceeded = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * PaymentSucceeded paymentId.
                 * @member {string} paymentId
                 * @memberof mart.payments.v1.PaymentSucceeded
                 * @instance
                 */
                PaymentSucceeded.prototype.paymentId = "";

                /**
                 * PaymentSucceeded orderId.
                 * @member {string} orderId
                 * @memberof mart.payments.v1.PaymentSucceeded
                 * @instance
                 */
                PaymentSucceeded.prototype.orderId = "";

                /**
                 * PaymentSucceeded customerId.
                 * @member {string} customerId
                 * @memberof mart.payments.v1.PaymentSucceeded
                 * @instance
                 */
                PaymentSucceeded.prototype.customerId = "";

                /**
                 * PaymentSucceeded amount.
                 * @member {number|Long} amount
                 * @memberof mart.payments.v1.PaymentSucceeded
                 * @instance
                 */
                PaymentSucceeded.prototype.amount = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * PaymentSucceeded currency.
                 * @member {string} currency
                 * @memberof mart.payments.v1.PaymentSucceeded
                 * @instance
                 */
                PaymentSucceeded.prototype.currency = "";

                /**
                 * PaymentSucceeded providerPaymentId.
                 * @member {string} providerPaymentId
                 * @memberof mart.payments.v1.PaymentSucceeded
                 * @instance
                 */
                PaymentSucceeded.prototype.providerPaymentId = "";

                /**
                 * PaymentSucceeded revision.
                 * @member {number|Long} revision
                 * @memberof mart.payments.v1.PaymentSucceeded
                 * @instance
                 */
                PaymentSucceeded.prototype.revision = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified PaymentSucceeded message. Does not implicitly {@link mart.payments.v1.PaymentSucceeded.verify|verify} messages.
                 * @function encode
                 * @memberof mart.payments.v1.PaymentSucceeded
                 * @static
                 * @param {mart.payments.v1.PaymentSucceeded.$Properties} message PaymentSucceeded message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PaymentSucceeded.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.paymentId != null && $Object.hasOwnProperty.call(message, "paymentId") && message.paymentId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.paymentId);
                    if (message.orderId != null && $Object.hasOwnProperty.call(message, "orderId") && message.orderId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.orderId);
                    if (message.customerId != null && $Object.hasOwnProperty.call(message, "customerId") && message.customerId !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.customerId);
                    if (message.amount != null && $Object.hasOwnProperty.call(message, "amount") && (typeof message.amount === "object" ? message.amount.low || message.amount.high : message.amount !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).int64(message.amount);
                    if (message.currency != null && $Object.hasOwnProperty.call(message, "currency") && message.currency !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.currency);
                    if (message.providerPaymentId != null && $Object.hasOwnProperty.call(message, "providerPaymentId") && message.providerPaymentId !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.providerPaymentId);
                    if (message.revision != null && $Object.hasOwnProperty.call(message, "revision") && (typeof message.revision === "object" ? message.revision.low || message.revision.high : message.revision !== 0))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.revision);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a PaymentSucceeded message from the specified reader or buffer.
                 * @function decode
                 * @memberof mart.payments.v1.PaymentSucceeded
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {mart.payments.v1.PaymentSucceeded & mart.payments.v1.PaymentSucceeded.$Shape} PaymentSucceeded
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PaymentSucceeded.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mart.payments.v1.PaymentSucceeded();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.paymentId = value;
                                else
                                    delete message.paymentId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.orderId = value;
                                else
                                    delete message.orderId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.customerId = value;
                                else
                                    delete message.customerId;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.amount = value;
                                else
                                    delete message.amount;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.currency = value;
                                else
                                    delete message.currency;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.providerPaymentId = value;
                                else
                                    delete message.providerPaymentId;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.revision = value;
                                else
                                    delete message.revision;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for PaymentSucceeded
                 * @function getTypeUrl
                 * @memberof mart.payments.v1.PaymentSucceeded
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                PaymentSucceeded.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/mart.payments.v1.PaymentSucceeded";
                };

                return PaymentSucceeded;
            })();

            v1.PaymentFailed = (function() {

                /**
                 * Properties of a PaymentFailed.
                 * @typedef {Object} mart.payments.v1.PaymentFailed.$Properties
                 * @property {string|null} [paymentId] PaymentFailed paymentId
                 * @property {string|null} [orderId] PaymentFailed orderId
                 * @property {string|null} [customerId] PaymentFailed customerId
                 * @property {string|null} [reason] PaymentFailed reason
                 * @property {string|null} [providerPaymentId] PaymentFailed providerPaymentId
                 * @property {number|Long|null} [revision] PaymentFailed revision
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PaymentFailed.
                 * @memberof mart.payments.v1
                 * @interface IPaymentFailed
                 * @augments mart.payments.v1.PaymentFailed.$Properties
                 * @deprecated Use mart.payments.v1.PaymentFailed.$Properties instead.
                 */

                /**
                 * Shape of a PaymentFailed.
                 * @typedef {mart.payments.v1.PaymentFailed.$Properties} mart.payments.v1.PaymentFailed.$Shape
                 */

                /**
                 * Constructs a new PaymentFailed.
                 * @memberof mart.payments.v1
                 * @classdesc Represents a PaymentFailed.
                 * @constructor
                 * @param {mart.payments.v1.PaymentFailed.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const PaymentFailed = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * PaymentFailed paymentId.
                 * @member {string} paymentId
                 * @memberof mart.payments.v1.PaymentFailed
                 * @instance
                 */
                PaymentFailed.prototype.paymentId = "";

                /**
                 * PaymentFailed orderId.
                 * @member {string} orderId
                 * @memberof mart.payments.v1.PaymentFailed
                 * @instance
                 */
                PaymentFailed.prototype.orderId = "";

                /**
                 * PaymentFailed customerId.
                 * @member {string} customerId
                 * @memberof mart.payments.v1.PaymentFailed
                 * @instance
                 */
                PaymentFailed.prototype.customerId = "";

                /**
                 * PaymentFailed reason.
                 * @member {string} reason
                 * @memberof mart.payments.v1.PaymentFailed
                 * @instance
                 */
                PaymentFailed.prototype.reason = "";

                /**
                 * PaymentFailed providerPaymentId.
                 * @member {string} providerPaymentId
                 * @memberof mart.payments.v1.PaymentFailed
                 * @instance
                 */
                PaymentFailed.prototype.providerPaymentId = "";

                /**
                 * PaymentFailed revision.
                 * @member {number|Long} revision
                 * @memberof mart.payments.v1.PaymentFailed
                 * @instance
                 */
                PaymentFailed.prototype.revision = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified PaymentFailed message. Does not implicitly {@link mart.payments.v1.PaymentFailed.verify|verify} messages.
                 * @function encode
                 * @memberof mart.payments.v1.PaymentFailed
                 * @static
                 * @param {mart.payments.v1.PaymentFailed.$Properties} message PaymentFailed message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PaymentFailed.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.paymentId != null && $Object.hasOwnProperty.call(message, "paymentId") && message.paymentId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.paymentId);
                    if (message.orderId != null && $Object.hasOwnProperty.call(message, "orderId") && message.orderId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.orderId);
                    if (message.customerId != null && $Object.hasOwnProperty.call(message, "customerId") && message.customerId !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.customerId);
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.reason);
                    if (message.providerPaymentId != null && $Object.hasOwnProperty.call(message, "providerPaymentId") && message.providerPaymentId !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.providerPaymentId);
                    if (message.revision != null && $Object.hasOwnProperty.call(message, "revision") && (typeof message.revision === "object" ? message.revision.low || message.revision.high : message.revision !== 0))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.revision);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a PaymentFailed message from the specified reader or buffer.
                 * @function decode
                 * @memberof mart.payments.v1.PaymentFailed
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {mart.payments.v1.PaymentFailed & mart.payments.v1.PaymentFailed.$Shape} PaymentFailed
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PaymentFailed.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mart.payments.v1.PaymentFailed();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.paymentId = value;
                                else
                                    delete message.paymentId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.orderId = value;
                                else
                                    delete message.orderId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.customerId = value;
                                else
                                    delete message.customerId;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.reason = value;
                                else
                                    delete message.reason;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.providerPaymentId = value;
                                else
                                    delete message.providerPaymentId;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.revision = value;
                                else
                                    delete message.revision;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for PaymentFailed
                 * @function getTypeUrl
                 * @memberof mart.payments.v1.PaymentFailed
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                PaymentFailed.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/mart.payments.v1.PaymentFailed";
                };

                return PaymentFailed;
            })();

            v1.RefundIssued = (function() {

                /**
                 * Properties of a RefundIssued.
                 * @typedef {Object} mart.payments.v1.RefundIssued.$Properties
                 * @property {string|null} [paymentId] RefundIssued paymentId
                 * @property {string|null} [orderId] RefundIssued orderId
                 * @property {string|null} [customerId] RefundIssued customerId
                 * @property {number|Long|null} [amount] RefundIssued amount
                 * @property {string|null} [currency] RefundIssued currency
                 * @property {string|null} [providerRefundId] RefundIssued providerRefundId
                 * @property {number|Long|null} [revision] RefundIssued revision
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RefundIssued.
                 * @memberof mart.payments.v1
                 * @interface IRefundIssued
                 * @augments mart.payments.v1.RefundIssued.$Properties
                 * @deprecated Use mart.payments.v1.RefundIssued.$Properties instead.
                 */

                /**
                 * Shape of a RefundIssued.
                 * @typedef {mart.payments.v1.RefundIssued.$Properties} mart.payments.v1.RefundIssued.$Shape
                 */

                /**
                 * Constructs a new RefundIssued.
                 * @memberof mart.payments.v1
                 * @classdesc Represents a RefundIssued.
                 * @constructor
                 * @param {mart.payments.v1.RefundIssued.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RefundIssued = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * RefundIssued paymentId.
                 * @member {string} paymentId
                 * @memberof mart.payments.v1.RefundIssued
                 * @instance
                 */
                RefundIssued.prototype.paymentId = "";

                /**
                 * RefundIssued orderId.
                 * @member {string} orderId
                 * @memberof mart.payments.v1.RefundIssued
                 * @instance
                 */
                RefundIssued.prototype.orderId = "";

                /**
                 * RefundIssued customerId.
                 * @member {string} customerId
                 * @memberof mart.payments.v1.RefundIssued
                 * @instance
                 */
                RefundIssued.prototype.customerId = "";

                /**
                 * RefundIssued amount.
                 * @member {number|Long} amount
                 * @memberof mart.payments.v1.RefundIssued
                 * @instance
                 */
                RefundIssued.prototype.amount = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * RefundIssued currency.
                 * @member {string} currency
                 * @memberof mart.payments.v1.RefundIssued
                 * @instance
                 */
                RefundIssued.prototype.currency = "";

                /**
                 * RefundIssued providerRefundId.
                 * @member {string} providerRefundId
                 * @memberof mart.payments.v1.RefundIssued
                 * @instance
                 */
                RefundIssued.prototype.providerRefundId = "";

                /**
                 * RefundIssued revision.
                 * @member {number|Long} revision
                 * @memberof mart.payments.v1.RefundIssued
                 * @instance
                 */
                RefundIssued.prototype.revision = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified RefundIssued message. Does not implicitly {@link mart.payments.v1.RefundIssued.verify|verify} messages.
                 * @function encode
                 * @memberof mart.payments.v1.RefundIssued
                 * @static
                 * @param {mart.payments.v1.RefundIssued.$Properties} message RefundIssued message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RefundIssued.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.paymentId != null && $Object.hasOwnProperty.call(message, "paymentId") && message.paymentId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.paymentId);
                    if (message.orderId != null && $Object.hasOwnProperty.call(message, "orderId") && message.orderId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.orderId);
                    if (message.customerId != null && $Object.hasOwnProperty.call(message, "customerId") && message.customerId !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.customerId);
                    if (message.amount != null && $Object.hasOwnProperty.call(message, "amount") && (typeof message.amount === "object" ? message.amount.low || message.amount.high : message.amount !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).int64(message.amount);
                    if (message.currency != null && $Object.hasOwnProperty.call(message, "currency") && message.currency !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.currency);
                    if (message.providerRefundId != null && $Object.hasOwnProperty.call(message, "providerRefundId") && message.providerRefundId !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.providerRefundId);
                    if (message.revision != null && $Object.hasOwnProperty.call(message, "revision") && (typeof message.revision === "object" ? message.revision.low || message.revision.high : message.revision !== 0))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.revision);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a RefundIssued message from the specified reader or buffer.
                 * @function decode
                 * @memberof mart.payments.v1.RefundIssued
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {mart.payments.v1.RefundIssued & mart.payments.v1.RefundIssued.$Shape} RefundIssued
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RefundIssued.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mart.payments.v1.RefundIssued();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.paymentId = value;
                                else
                                    delete message.paymentId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.orderId = value;
                                else
                                    delete message.orderId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.customerId = value;
                                else
                                    delete message.customerId;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.amount = value;
                                else
                                    delete message.amount;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.currency = value;
                                else
                                    delete message.currency;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.providerRefundId = value;
                                else
                                    delete message.providerRefundId;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.revision = value;
                                else
                                    delete message.revision;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for RefundIssued
                 * @function getTypeUrl
                 * @memberof mart.payments.v1.RefundIssued
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RefundIssued.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/mart.payments.v1.RefundIssued";
                };

                return RefundIssued;
            })();

            return v1;
        })();

        return payments;
    })();

    mart.users = (function() {

        /**
         * Namespace users.
         * @memberof mart
         * @namespace
         */
        const users = {};

        users.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof mart.users
             * @namespace
             */
            const v1 = {};

            v1.UserRegistered = (function() {

                /**
                 * Properties of a UserRegistered.
                 * @typedef {Object} mart.users.v1.UserRegistered.$Properties
                 * @property {string|null} [userId] UserRegistered userId
                 * @property {string|null} [email] UserRegistered email
                 * @property {string|null} [name] UserRegistered name
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a UserRegistered.
                 * @memberof mart.users.v1
                 * @interface IUserRegistered
                 * @augments mart.users.v1.UserRegistered.$Properties
                 * @deprecated Use mart.users.v1.UserRegistered.$Properties instead.
                 */

                /**
                 * Shape of a UserRegistered.
                 * @typedef {mart.users.v1.UserRegistered.$Properties} mart.users.v1.UserRegistered.$Shape
                 */

                /**
                 * Constructs a new UserRegistered.
                 * @memberof mart.users.v1
                 * @classdesc Represents a UserRegistered.
                 * @constructor
                 * @param {mart.users.v1.UserRegistered.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const UserRegistered = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * UserRegistered userId.
                 * @member {string} userId
                 * @memberof mart.users.v1.UserRegistered
                 * @instance
                 */
                UserRegistered.prototype.userId = "";

                /**
                 * UserRegistered email.
                 * @member {string} email
                 * @memberof mart.users.v1.UserRegistered
                 * @instance
                 */
                UserRegistered.prototype.email = "";

                /**
                 * UserRegistered name.
                 * @member {string} name
                 * @memberof mart.users.v1.UserRegistered
                 * @instance
                 */
                UserRegistered.prototype.name = "";

                /**
                 * Encodes the specified UserRegistered message. Does not implicitly {@link mart.users.v1.UserRegistered.verify|verify} messages.
                 * @function encode
                 * @memberof mart.users.v1.UserRegistered
                 * @static
                 * @param {mart.users.v1.UserRegistered.$Properties} message UserRegistered message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                UserRegistered.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.userId);
                    if (message.email != null && $Object.hasOwnProperty.call(message, "email") && message.email !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.email);
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a UserRegistered message from the specified reader or buffer.
                 * @function decode
                 * @memberof mart.users.v1.UserRegistered
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {mart.users.v1.UserRegistered & mart.users.v1.UserRegistered.$Shape} UserRegistered
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                UserRegistered.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mart.users.v1.UserRegistered();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.userId = value;
                                else
                                    delete message.userId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.email = value;
                                else
                                    delete message.email;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for UserRegistered
                 * @function getTypeUrl
                 * @memberof mart.users.v1.UserRegistered
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                UserRegistered.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/mart.users.v1.UserRegistered";
                };

                return UserRegistered;
            })();

            v1.UserProfileUpdated = (function() {

                /**
                 * Properties of a UserProfileUpdated.
                 * @typedef {Object} mart.users.v1.UserProfileUpdated.$Properties
                 * @property {string|null} [userId] UserProfileUpdated userId
                 * @property {string|null} [name] UserProfileUpdated name
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a UserProfileUpdated.
                 * @memberof mart.users.v1
                 * @interface IUserProfileUpdated
                 * @augments mart.users.v1.UserProfileUpdated.$Properties
                 * @deprecated Use mart.users.v1.UserProfileUpdated.$Properties instead.
                 */

                /**
                 * Shape of a UserProfileUpdated.
                 * @typedef {mart.users.v1.UserProfileUpdated.$Properties} mart.users.v1.UserProfileUpdated.$Shape
                 */

                /**
                 * Constructs a new UserProfileUpdated.
                 * @memberof mart.users.v1
                 * @classdesc Represents a UserProfileUpdated.
                 * @constructor
                 * @param {mart.users.v1.UserProfileUpdated.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const UserProfileUpdated = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * UserProfileUpdated userId.
                 * @member {string} userId
                 * @memberof mart.users.v1.UserProfileUpdated
                 * @instance
                 */
                UserProfileUpdated.prototype.userId = "";

                /**
                 * UserProfileUpdated name.
                 * @member {string} name
                 * @memberof mart.users.v1.UserProfileUpdated
                 * @instance
                 */
                UserProfileUpdated.prototype.name = "";

                /**
                 * Encodes the specified UserProfileUpdated message. Does not implicitly {@link mart.users.v1.UserProfileUpdated.verify|verify} messages.
                 * @function encode
                 * @memberof mart.users.v1.UserProfileUpdated
                 * @static
                 * @param {mart.users.v1.UserProfileUpdated.$Properties} message UserProfileUpdated message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                UserProfileUpdated.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.userId);
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a UserProfileUpdated message from the specified reader or buffer.
                 * @function decode
                 * @memberof mart.users.v1.UserProfileUpdated
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {mart.users.v1.UserProfileUpdated & mart.users.v1.UserProfileUpdated.$Shape} UserProfileUpdated
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                UserProfileUpdated.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mart.users.v1.UserProfileUpdated();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.userId = value;
                                else
                                    delete message.userId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for UserProfileUpdated
                 * @function getTypeUrl
                 * @memberof mart.users.v1.UserProfileUpdated
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                UserProfileUpdated.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/mart.users.v1.UserProfileUpdated";
                };

                return UserProfileUpdated;
            })();

            v1.UserPasswordChanged = (function() {

                /**
                 * Properties of a UserPasswordChanged.
                 * @typedef {Object} mart.users.v1.UserPasswordChanged.$Properties
                 * @property {string|null} [userId] UserPasswordChanged userId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a UserPasswordChanged.
                 * @memberof mart.users.v1
                 * @interface IUserPasswordChanged
                 * @augments mart.users.v1.UserPasswordChanged.$Properties
                 * @deprecated Use mart.users.v1.UserPasswordChanged.$Properties instead.
                 */

                /**
                 * Shape of a UserPasswordChanged.
                 * @typedef {mart.users.v1.UserPasswordChanged.$Properties} mart.users.v1.UserPasswordChanged.$Shape
                 */

                /**
                 * Constructs a new UserPasswordChanged.
                 * @memberof mart.users.v1
                 * @classdesc Represents a UserPasswordChanged.
                 * @constructor
                 * @param {mart.users.v1.UserPasswordChanged.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const UserPasswordChanged = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * UserPasswordChanged userId.
                 * @member {string} userId
                 * @memberof mart.users.v1.UserPasswordChanged
                 * @instance
                 */
                UserPasswordChanged.prototype.userId = "";

                /**
                 * Encodes the specified UserPasswordChanged message. Does not implicitly {@link mart.users.v1.UserPasswordChanged.verify|verify} messages.
                 * @function encode
                 * @memberof mart.users.v1.UserPasswordChanged
                 * @static
                 * @param {mart.users.v1.UserPasswordChanged.$Properties} message UserPasswordChanged message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                UserPasswordChanged.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.userId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a UserPasswordChanged message from the specified reader or buffer.
                 * @function decode
                 * @memberof mart.users.v1.UserPasswordChanged
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {mart.users.v1.UserPasswordChanged & mart.users.v1.UserPasswordChanged.$Shape} UserPasswordChanged
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                UserPasswordChanged.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mart.users.v1.UserPasswordChanged();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.userId = value;
                                else
                                    delete message.userId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for UserPasswordChanged
                 * @function getTypeUrl
                 * @memberof mart.users.v1.UserPasswordChanged
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                UserPasswordChanged.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/mart.users.v1.UserPasswordChanged";
                };

                return UserPasswordChanged;
            })();

            return v1;
        })();

        return users;
    })();

    return mart;
})();

export const google = $root.google = (() => {

    /**
     * Namespace google.
     * @exports google
     * @namespace
     */
    const google = {};

    google.protobuf = (function() {

        /**
         * Namespace protobuf.
         * @memberof google
         * @namespace
         */
        const protobuf = {};

        protobuf.Timestamp = (function() {

            /**
             * Properties of a Timestamp.
             * @typedef {Object} google.protobuf.Timestamp.$Properties
             * @property {number|Long|null} [seconds] Timestamp seconds
             * @property {number|null} [nanos] Timestamp nanos
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Timestamp.
             * @memberof google.protobuf
             * @interface ITimestamp
             * @augments google.protobuf.Timestamp.$Properties
             * @deprecated Use google.protobuf.Timestamp.$Properties instead.
             */

            /**
             * Shape of a Timestamp.
             * @typedef {google.protobuf.Timestamp.$Properties} google.protobuf.Timestamp.$Shape
             */

            /**
             * Constructs a new Timestamp.
             * @memberof google.protobuf
             * @classdesc Represents a Timestamp.
             * @constructor
             * @param {google.protobuf.Timestamp.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Timestamp = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Timestamp seconds.
             * @member {number|Long} seconds
             * @memberof google.protobuf.Timestamp
             * @instance
             */
            Timestamp.prototype.seconds = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Timestamp nanos.
             * @member {number} nanos
             * @memberof google.protobuf.Timestamp
             * @instance
             */
            Timestamp.prototype.nanos = 0;

            /**
             * Encodes the specified Timestamp message. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {google.protobuf.Timestamp.$Properties} message Timestamp message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Timestamp.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds") && (typeof message.seconds === "object" ? message.seconds.low || message.seconds.high : message.seconds !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.seconds);
                if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos") && message.nanos !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.nanos);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Timestamp message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape} Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Timestamp.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.protobuf.Timestamp();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.seconds = value;
                            else
                                delete message.seconds;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.nanos = value;
                            else
                                delete message.nanos;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Timestamp
             * @function getTypeUrl
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Timestamp.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.Timestamp";
            };

            return Timestamp;
        })();

        return protobuf;
    })();

    return google;
})();

export {
  $root as default
};
